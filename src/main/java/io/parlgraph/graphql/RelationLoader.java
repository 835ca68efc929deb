package io.parlgraph.graphql;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.data.Reads;
import jakarta.persistence.EntityManager;
import org.dataloader.DataLoader;
import org.hibernate.query.NativeQuery;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads connection fields such as {@code Speaker.quotes(first: 5)} for many parents at
 * once: one SQL statement per batch (and per distinct page request) that reads the first
 * {@code size + 1} children of each parent (see {@link #sql}). A selected
 * {@code totalCount} is one more statement per batch, counting every parent's children at
 * once.
 */
@Component
public class RelationLoader {

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	/**
	 * Whether the database reads each parent's page with a {@code LATERAL} subquery
	 * (PostgreSQL).
	 */
	private final boolean lateral;

	RelationLoader(EntityManager entityManager, PlatformTransactionManager transactionManager, DataSource dataSource)
			throws MetaDataAccessException {
		this.entityManager = entityManager;
		this.lateral = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		this.readOnly = Reads.template(transactionManager);
	}

	/**
	 * Registers the DataLoaders of a relation; call once, from the controller that serves
	 * it.
	 */
	public <T> void register(BatchLoaderRegistry registry, Relation<T> relation) {
		// children are paged by their ID alone, in the table the parent and child IDs are
		// read from
		Keyset byChild = Keyset.of(relation.child());
		registry.<Key, List<T>>forName(relation.name())
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadAll(relation, byChild, keys)));
		registry.<Long, Integer>forName(countLoaderName(relation))
			.registerMappedBatchLoader((parentIds, env) -> Mono
				.fromCallable(() -> this.readOnly.execute(status -> count(relation, parentIds))));
	}

	/**
	 * Asks the relation's DataLoader for one parent's page; the batch runs when the level
	 * is complete.
	 */
	public <T> CompletableFuture<Page<T>> load(DataFetchingEnvironment env, Relation<T> relation, long parentId,
			Paging page) {
		DataLoader<Key, List<T>> loader = loader(env, relation.name());
		DataLoader<Long, Integer> counts = loader(env, countLoaderName(relation));
		return loader.load(new Key(parentId, page.in(Cursor.BY_ID)))
			.thenApply(rows -> Connections.of(rows, page, node -> Cursor.of(relation.key().applyAsLong(node)),
					() -> counts.load(parentId)));
	}

	private static <K, V> DataLoader<K, V> loader(DataFetchingEnvironment env, String name) {
		DataLoader<K, V> loader = env.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No DataLoader registered for " + name);
		}
		return loader;
	}

	private static String countLoaderName(Relation<?> relation) {
		return relation.name() + ".totalCount";
	}

	private <T> Map<Key, List<T>> loadAll(Relation<T> relation, Keyset byChild, Set<Key> keys) {
		Map<Key, List<T>> result = new HashMap<>();
		Map<Paging, List<Long>> parentsByPage = keys.stream()
			.collect(Collectors.groupingBy(Key::page, Collectors.mapping(Key::parentId, Collectors.toList())));
		parentsByPage.forEach((page, parentIds) -> {
			Map<Long, List<T>> children = this.readOnly.execute(status -> query(relation, byChild, parentIds, page));
			for (Long parentId : parentIds) {
				result.put(new Key(parentId, page), children.getOrDefault(parentId, List.of()));
			}
		});
		return result;
	}

	/**
	 * Every parent's number of children, in one statement; parents without children count
	 * zero.
	 */
	private Map<Long, Integer> count(Relation<?> relation, Set<Long> parentIds) {
		String sql = "select d.parent_id, count(*) from (select distinct " + relation.parent() + " as parent_id, "
				+ relation.child() + " as child_id from " + relation.pairs() + " where " + relation.parent()
				+ " in (:parents)) d group by d.parent_id";
		List<?> rows = this.entityManager.createNativeQuery(sql).setParameter("parents", parentIds).getResultList();
		Map<Long, Integer> counts = new HashMap<>();
		parentIds.forEach(id -> counts.put(id, 0));
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
		}
		return counts;
	}

	@SuppressWarnings("unchecked")
	private <T> Map<Long, List<T>> query(Relation<T> relation, Keyset byChild, List<Long> parentIds, Paging page) {
		Map<String, Object> parameters = new HashMap<>();
		NativeQuery<Object[]> query = this.entityManager
			.createNativeQuery(sql(relation, bounds(byChild, page, parameters), page.backward()))
			.unwrap(NativeQuery.class);
		query.addEntity("c", relation.entity()).addScalar("parent_id", Long.class);
		for (int i = 0; i < relation.linkColumns().size(); i++) {
			query.addScalar("x" + i);
		}
		if (this.lateral) {
			// one array, so the statement is the same for any number of parents
			query.setParameter("parentArray", parentIds.toArray(Long[]::new));
		}
		else {
			query.setParameter("parents", parentIds);
		}
		query.setParameter("limit", page.fetchSize());
		parameters.forEach(query::setParameter);
		Map<Long, List<T>> children = new LinkedHashMap<>();
		for (Object[] row : query.getResultList()) {
			Object[] link = new Object[row.length - 2];
			System.arraycopy(row, 2, link, 0, link.length);
			children.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(relation.mapper().apply(row[0], link));
		}
		return children;
	}

	/**
	 * On PostgreSQL, each parent's page is a {@code LATERAL} subquery with a
	 * {@code LIMIT}: an index scan on {@code (parent, child)} from the cursor that stops
	 * after the page. Elsewhere (H2 has no {@code LATERAL}), every parent's children are
	 * numbered with {@code row_number()} and the first of each kept.
	 */
	private String sql(Relation<?> relation, String bounds, boolean backward) {
		String order = backward ? " desc" : " asc";
		StringBuilder links = new StringBuilder();
		StringBuilder linksOut = new StringBuilder();
		for (int i = 0; i < relation.linkColumns().size(); i++) {
			links.append(", l.").append(relation.linkColumns().get(i)).append(" as x").append(i);
			linksOut.append(", w.x").append(i);
		}
		if (!this.lateral) {
			return "select c.*, w.parent_id" + linksOut + " from (select d.*, row_number() over"
					+ " (partition by d.parent_id order by d.child_id" + order + ") as rn from (select distinct "
					+ relation.parent() + " as parent_id, " + relation.child() + " as child_id" + links + " from "
					+ relation.pairs() + " where " + relation.parent() + " in (:parents)" + bounds + ") d) w join "
					+ relation.childTable() + " c on c.id = w.child_id where w.rn <= :limit order by w.parent_id, c.id"
					+ order;
		}
		String parents = "select c.*, p.parent_id" + linksOut
				+ " from unnest(cast(:parentArray as bigint[])) p(parent_id)";
		String ofParent = " where " + relation.parent() + " = p.parent_id" + bounds;
		if (relation.linkTable() == null) {
			return parents + " cross join lateral (select c.* from " + relation.pairs() + ofParent + " order by c.id"
					+ order + " limit :limit) c order by p.parent_id, c.id" + order;
		}
		// a link table may pair a parent with a child twice (two parties of a protocol)
		return parents + " cross join lateral (select distinct " + relation.child() + " as child_id" + links + " from "
				+ relation.pairs() + ofParent + " order by child_id" + order + " limit :limit) w join "
				+ relation.childTable() + " c on c.id = w.child_id order by p.parent_id, c.id" + order;
	}

	/**
	 * The conditions that keep the children between the page's cursors, each after an
	 * {@code and}.
	 */
	private static String bounds(Keyset byChild, Paging page, Map<String, Object> parameters) {
		String bounds = "";
		if (page.after() != null) {
			bounds += " and " + byChild.after(false, parameters, page.after().id());
		}
		if (page.before() != null) {
			bounds += " and " + byChild.before(false, parameters, page.before().id());
		}
		return bounds;
	}

	/**
	 * A DataLoader key: the parent, and the page asked for (aliases may ask different
	 * pages).
	 */
	record Key(long parentId, Paging page) {
	}

}
