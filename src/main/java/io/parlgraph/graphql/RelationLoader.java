package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import org.dataloader.DataLoader;
import org.hibernate.query.NativeQuery;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads connection fields such as {@code Speaker.quotes(first: 5)} for many parents at once: one
 * SQL statement per batch (and per distinct page request), numbering each parent's children with
 * {@code row_number()} and keeping the first {@code size + 1} of each. A selected
 * {@code totalCount} is one more statement per batch, counting every parent's children at once.
 */
@Component
public class RelationLoader {

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	RelationLoader(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Registers the DataLoaders of a relation; call once, from the controller that serves it. */
	public <T> void register(BatchLoaderRegistry registry, Relation<T> relation) {
		registry.<Key, List<T>>forName(relation.name())
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadAll(relation, keys)));
		registry.<Long, Integer>forName(countLoaderName(relation))
			.registerMappedBatchLoader((parentIds, env) -> Mono
				.fromCallable(() -> this.readOnly.execute(status -> count(relation, parentIds))));
	}

	/** Asks the relation's DataLoader for one parent's page; the batch runs when the level is complete. */
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

	private <T> Map<Key, List<T>> loadAll(Relation<T> relation, Set<Key> keys) {
		Map<Key, List<T>> result = new HashMap<>();
		Map<Paging, List<Long>> parentsByPage = keys.stream()
			.collect(Collectors.groupingBy(Key::page, Collectors.mapping(Key::parentId, Collectors.toList())));
		parentsByPage.forEach((page, parentIds) -> {
			Map<Long, List<T>> children = this.readOnly.execute(status -> query(relation, parentIds, page));
			for (Long parentId : parentIds) {
				result.put(new Key(parentId, page), children.getOrDefault(parentId, List.of()));
			}
		});
		return result;
	}

	/** Every parent's number of children, in one statement; parents without children count zero. */
	private Map<Long, Integer> count(Relation<?> relation, Set<Long> parentIds) {
		String sql = "select d.parent_id, count(*) from (select distinct " + relation.parentColumn()
				+ " as parent_id, c.id as child_id from " + relation.from() + " where " + relation.parentColumn()
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
	private <T> Map<Long, List<T>> query(Relation<T> relation, List<Long> parentIds, Paging page) {
		NativeQuery<Object[]> query = this.entityManager.createNativeQuery(sql(relation, page))
			.unwrap(NativeQuery.class);
		query.addEntity("c", relation.entity()).addScalar("parent_id", Long.class);
		for (int i = 0; i < relation.linkColumns().size(); i++) {
			query.addScalar("x" + i);
		}
		query.setParameter("parents", parentIds).setParameter("limit", page.fetchSize());
		if (page.after() != null) {
			query.setParameter("after", page.after().id());
		}
		if (page.before() != null) {
			query.setParameter("before", page.before().id());
		}
		Map<Long, List<T>> children = new LinkedHashMap<>();
		for (Object[] row : query.getResultList()) {
			Object[] link = new Object[row.length - 2];
			System.arraycopy(row, 2, link, 0, link.length);
			children.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(relation.mapper().apply(row[0], link));
		}
		return children;
	}

	private static String sql(Relation<?> relation, Paging page) {
		String order = page.backward() ? "desc" : "asc";
		StringBuilder linkInner = new StringBuilder();
		StringBuilder linkOuter = new StringBuilder();
		for (int i = 0; i < relation.linkColumns().size(); i++) {
			linkInner.append(", ").append(relation.linkColumns().get(i)).append(" as x").append(i);
			linkOuter.append(", w.x").append(i);
		}
		String bounds = (page.after() != null ? " and c.id > :after" : "")
				+ (page.before() != null ? " and c.id < :before" : "");
		return "select c.*, w.parent_id" + linkOuter + " from ("
				+ "select d.*, row_number() over (partition by d.parent_id order by d.child_id " + order + ") as rn from ("
				+ "select distinct " + relation.parentColumn() + " as parent_id, c.id as child_id" + linkInner
				+ " from " + relation.from() + " where " + relation.parentColumn() + " in (:parents)" + bounds
				+ ") d) w join " + relation.childTable() + " c on c.id = w.child_id"
				+ " where w.rn <= :limit order by w.parent_id, c.id " + order;
	}

	/** A DataLoader key: the parent, and the page asked for (aliases may ask different pages). */
	record Key(long parentId, Paging page) {
	}

}
