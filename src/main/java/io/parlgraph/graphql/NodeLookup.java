package io.parlgraph.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.EntityLookup;
import io.parlgraph.data.Reads;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds objects of any node type by {@link GlobalId}: one query per type. Each node
 * type's entity has the type's name. Behind {@code node(id:)}'s DataLoader, and the event
 * feed's articles.
 * <p>
 * The to-one fields a caller selects of a node ({@link ToOneSelection}) are read in the
 * same statement ({@link ToOneJoins}): one quote with its speaker is one statement, not
 * two.
 */
@Component
public class NodeLookup {

	private final EntityManager entityManager;

	private final TransactionTemplate reads;

	private final ToOneJoins joins;

	NodeLookup(EntityManager entityManager, PlatformTransactionManager transactionManager, ToOneJoins joins) {
		this.entityManager = entityManager;
		this.reads = Reads.template(transactionManager);
		this.joins = joins;
	}

	/** The objects with these IDs; IDs of no object are left out. */
	public Map<GlobalId, Object> find(Collection<GlobalId> ids) {
		return find(ids, Map.of());
	}

	/**
	 * The objects with these IDs, each read with the to-one fields selected of it (a
	 * {@link ToOneSelection} by ID, or none); IDs of no object are left out.
	 */
	Map<GlobalId, Object> find(Collection<GlobalId> ids, Map<?, ?> selections) {
		return this.reads.execute(status -> {
			Map<GlobalId, Object> found = new HashMap<>();
			ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofType) -> {
				List<ToOneSelection> selected = ofType.stream()
					.map(selections::get)
					.filter(ToOneSelection.class::isInstance)
					.map(ToOneSelection.class::cast)
					.toList();
				Set<Long> rowIds = ofType.stream().map(GlobalId::id).collect(Collectors.toSet());
				find(type, rowIds, this.joins.of(type, selected))
					.forEach(entity -> found.put(new GlobalId(type, entity.getId()), entity));
			});
			return found;
		});
	}

	private Collection<BaseEntity> find(String type, Set<Long> ids, List<ToOneJoins.Join> joins) {
		if (joins.isEmpty()) {
			return EntityLookup.byIds(this.entityManager, this.joins.entity(type), ids)
				.stream()
				.map(BaseEntity.class::cast)
				.toList();
		}
		// one ID (the common case) keeps the plan cached, which a list parameter would
		// not
		boolean one = ids.size() == 1;
		String query = "select n" + joins.stream().map(join -> ", " + join.alias()).collect(Collectors.joining())
				+ " from " + type + " n" + joins.stream().map(ToOneJoins.Join::hql).collect(Collectors.joining())
				+ (one ? " where n.id = :ids" : " where n.id in :ids");
		return this.entityManager.createQuery(query, Object[].class)
			.setParameter("ids", one ? ids.iterator().next() : ids)
			.getResultList()
			.stream()
			.map(row -> (BaseEntity) row[0])
			.toList();
	}

}
