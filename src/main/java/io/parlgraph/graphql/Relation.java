package io.parlgraph.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * A to-many edge of the graph, read by {@link RelationLoader} one page per parent for a whole
 * batch of parents in one SQL statement. The SQL names the child row {@code c} and an optional
 * link table {@code l}; children are paged by their ID.
 *
 * @param name the DataLoader's name, e.g. {@code Speaker.quotes}
 * @param entity the JPA entity of the child rows
 * @param childTable the child entity's table
 * @param from the FROM clause that reaches children from parents
 * @param parentColumn the SQL expression holding the parent's ID
 * @param linkColumns link-table columns carried into each result (e.g. a passage's offsets)
 * @param mapper makes a node from a child entity and its link columns
 * @param key the node's keyset key (the child row's ID)
 */
public record Relation<T>(String name, Class<?> entity, String childTable, String from, String parentColumn,
		List<String> linkColumns, BiFunction<Object, Object[], T> mapper, ToLongFunction<T> key) {

	/** Children that hold their parent's ID in a column, e.g. {@code quote.speaker_id}. */
	public static <E> Relation<E> byColumn(String name, Class<E> entity, String table, String parentColumn,
			ToLongFunction<E> id) {
		return new Relation<>(name, entity, table, table + " c", "c." + parentColumn, List.of(),
				(child, link) -> entity.cast(child), id);
	}

	/** Children reached through a link table, e.g. {@code protocol_party(protocol_id, signatory_id)}. */
	public static <E> Relation<E> byLink(String name, Class<E> entity, String table, String linkTable,
			String parentColumn, String childColumn, ToLongFunction<E> id) {
		return new Relation<>(name, entity, table,
				linkTable + " l join " + table + " c on c.id = l." + childColumn, "l." + parentColumn, List.of(),
				(child, link) -> entity.cast(child), id);
	}

}
