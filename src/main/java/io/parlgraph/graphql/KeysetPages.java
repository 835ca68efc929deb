package io.parlgraph.graphql;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.Reads;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one page of a root connection: its filter, its ordering, and keyset bounds from
 * the cursors. Each bound starts with a plain range condition on the sort key
 * ({@code key >= :k}, see {@link Keyset}), so the database starts reading at the cursor
 * in an index on {@code (key, id)} instead of counting off the rows before it: a page
 * deep into a large table costs what the first page costs.
 */
@Component
public class KeysetPages {

	/** The order of a connection by ID alone. */
	private static final Keyset BY_ID = Keyset.of("c.id");

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final ToOneJoins joins;

	KeysetPages(EntityManager entityManager, PlatformTransactionManager transactionManager, ToOneJoins joins) {
		this.entityManager = entityManager;
		this.readOnly = Reads.template(transactionManager);
		this.joins = joins;
	}

	/**
	 * The page of rows of {@code table} (the entity's table) that match the filter, read
	 * with the objects that the selected to-one fields of its nodes point to
	 * ({@link ToOneJoins}).
	 */
	public <T extends BaseEntity> Page<T> find(Class<T> entity, String table, Where where, Ordering<T> ordering,
			Paging page, ToOneSelection selected) {
		List<ToOneJoins.Join> joins = this.joins.of(entity.getSimpleName(), List.of(selected));
		Statement statement = select(table, joins, where, ordering, page.in(ordering.name()));
		List<T> rows = this.readOnly.execute(status -> {
			NativeQuery<?> query = this.entityManager.createNativeQuery(statement.sql()).unwrap(NativeQuery.class);
			query.addEntity("c", entity);
			joins.forEach(join -> query.addEntity(join.alias(), join.entityClass()));
			statement.parameters().forEach(query::setParameter);
			return query.getResultList()
				.stream()
				.map(row -> entity.cast(joins.isEmpty() ? row : ((Object[]) row)[0]))
				.toList();
		});
		return Connections.of(rows, page, row -> cursor(row, ordering), () -> count(table, where));
	}

	/**
	 * The SQL and parameters that read a page without joins, as {@link #find} runs them
	 * (tests show its plan).
	 */
	public Statement select(String table, Where where, Ordering<?> ordering, Paging page) {
		return select(table, List.of(), where, ordering, page);
	}

	private Statement select(String table, List<ToOneJoins.Join> joins, Where where, Ordering<?> ordering,
			Paging page) {
		Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
		SortKey<?> key = ordering.key();
		Keyset keyset = (key != null) ? key.keyset() : BY_ID;
		// with joins, Hibernate names each entity's columns apart ({c.*})
		StringBuilder sql = new StringBuilder("select ");
		if (joins.isEmpty()) {
			sql.append("c.*");
		}
		else {
			sql.append("{c.*}");
			joins.forEach(join -> sql.append(", {").append(join.alias()).append(".*}"));
		}
		sql.append(" from ").append(table).append(" c");
		joins.forEach(join -> sql.append(join.sql()));
		sql.append(" where ").append(where.sql());
		if (page.after() != null) {
			sql.append(" and ").append(keyset.after(ordering.descending(), parameters, position(page.after(), key)));
		}
		if (page.before() != null) {
			sql.append(" and ").append(keyset.before(ordering.descending(), parameters, position(page.before(), key)));
		}
		boolean descending = ordering.descending() != page.backward();
		// a literal limit: bound, it made PostgreSQL plan a joined page on every run
		sql.append(" order by ").append(keyset.orderBy(descending)).append(" limit ").append(page.fetchSize());
		return new Statement(sql.toString(), parameters);
	}

	/**
	 * The cursor's values of the keyset's columns: its sort key (null for an empty
	 * nullable one), and its ID.
	 */
	private static @Nullable Object[] position(Cursor cursor, @Nullable SortKey<?> key) {
		if (key == null) {
			return new Object[] { cursor.id() };
		}
		if (cursor.key().isEmpty() && key.keyset().nullable()) {
			return new @Nullable Object[] { null, cursor.id() };
		}
		try {
			return new Object[] { key.parse().apply(cursor.key()), cursor.id() };
		}
		catch (DateTimeParseException ex) {
			throw cursor.malformed();
		}
	}

	private static <T extends BaseEntity> String cursor(T row, Ordering<T> ordering) {
		SortKey<T> key = ordering.key();
		if (key == null && !ordering.descending()) {
			return Cursor.of(row.getId());
		}
		Object value = (key != null) ? key.value().apply(row) : null;
		return Cursor.of(ordering.name(), (value != null) ? value.toString() : "", row.getId());
	}

	private int count(String table, Where where) {
		Number count = this.readOnly.execute(status -> {
			var query = this.entityManager
				.createNativeQuery("select count(*) from " + table + " c where " + where.sql());
			where.parameters().forEach(query::setParameter);
			return (Number) query.getSingleResult();
		});
		return (count != null) ? count.intValue() : 0;
	}

	/** A SQL statement with named parameters. */
	public record Statement(String sql, Map<String, Object> parameters) {
	}

}
