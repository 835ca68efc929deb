package io.parlgraph.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.EntityLookup;
import io.parlgraph.data.Reads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds objects of any node type by {@link GlobalId}: one query per type. Each node
 * type's entity has the type's name. Behind {@code node(id:)}'s DataLoader, and the event
 * feed's articles.
 */
@Component
public class NodeLookup {

	private final EntityManager entityManager;

	private final TransactionTemplate reads;

	private final Map<String, Class<?>> entities;

	NodeLookup(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.reads = Reads.template(transactionManager);
		this.entities = entityManager.getMetamodel()
			.getEntities()
			.stream()
			.collect(Collectors.toMap(EntityType::getName, EntityType::getJavaType));
	}

	/** The objects with these IDs; IDs of no object are left out. */
	public Map<GlobalId, Object> find(Collection<GlobalId> ids) {
		return this.reads.execute(status -> {
			Map<GlobalId, Object> found = new HashMap<>();
			ids.stream()
				.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::id, Collectors.toSet())))
				.forEach((type, rowIds) -> find(Objects.requireNonNull(this.entities.get(type)), rowIds)
					.forEach(entity -> found.put(new GlobalId(type, entity.getId()), entity)));
			return found;
		});
	}

	private Collection<BaseEntity> find(Class<?> entity, Set<Long> ids) {
		return EntityLookup.byIds(this.entityManager, entity, ids).stream().map(BaseEntity.class::cast).toList();
	}

}
