package io.parlgraph.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * A to-many edge of the graph, read by {@link RelationLoader} one page per parent for a
 * whole batch of parents in one SQL statement. Children are paged by their ID. A child
 * either holds its parent's ID in a column of its own table, or is reached through a link
 * table that pairs parents with children; an index on {@code (parentColumn, childColumn)}
 * of that table lets each parent's page be read from the cursor on.
 *
 * @param name the DataLoader's name, e.g. {@code Speaker.quotes}
 * @param entity the JPA entity of the child rows
 * @param childTable the child entity's table
 * @param linkTable the table that pairs parents with children, or {@code null} when the
 * child table holds the parent's ID
 * @param parentColumn the column of the link table (else of the child table) holding the
 * parent's ID
 * @param childColumn the column of the link table (else of the child table) holding the
 * child's ID
 * @param linkColumns link-table columns carried into each result (e.g. a passage's
 * offsets)
 * @param mapper makes a node from a child entity and its link columns
 * @param key the node's keyset key (the child row's ID)
 */
public record Relation<T>(String name, Class<?> entity, String childTable, @Nullable String linkTable,
		String parentColumn, String childColumn, List<String> linkColumns, BiFunction<Object, Object[], T> mapper,
		ToLongFunction<T> key) {

	/**
	 * Children that hold their parent's ID in a column, e.g. {@code quote.speaker_id}.
	 */
	public static <E> Relation<E> byColumn(String name, Class<E> entity, String table, String parentColumn,
			ToLongFunction<E> id) {
		return new Relation<>(name, entity, table, null, parentColumn, "id", List.of(),
				(child, link) -> entity.cast(child), id);
	}

	/**
	 * Children reached through a link table, e.g.
	 * {@code protocol_party(protocol_id, signatory_id)}.
	 */
	public static <E> Relation<E> byLink(String name, Class<E> entity, String table, String linkTable,
			String parentColumn, String childColumn, ToLongFunction<E> id) {
		return new Relation<>(name, entity, table, linkTable, parentColumn, childColumn, List.of(),
				(child, link) -> entity.cast(child), id);
	}

	/**
	 * The table the parent and child IDs are read from, aliased {@code l} (a link table)
	 * or {@code c}.
	 */
	String pairs() {
		return (this.linkTable != null) ? this.linkTable + " l" : this.childTable + " c";
	}

	/** The SQL expression holding the parent's ID in {@link #pairs()}. */
	String parent() {
		return alias() + this.parentColumn;
	}

	/** The SQL expression holding the child's ID in {@link #pairs()}. */
	String child() {
		return alias() + this.childColumn;
	}

	private String alias() {
		return (this.linkTable != null) ? "l." : "c.";
	}

}
