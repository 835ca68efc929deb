package io.parlgraph.graphql;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The SQL of a keyset order over columns, most significant first, the last unique (an
 * ID): its {@code ORDER BY} clause, and the bound that keeps the rows after or before a
 * cursor's position. A bound over several columns starts with a plain range on the first
 * ({@code a >= :a and (a > :a or ...)}), so the database starts reading an index on the
 * columns at the cursor instead of counting off the rows before it. The first column may
 * be nullable: nulls sort after every value, in both directions, on every database. Every
 * piece of SQL is built once, when the keyset is made; a page only picks its pieces.
 */
public final class Keyset {

	private final List<String> columns;

	private final boolean nullableFirst;

	/** The {@code ORDER BY} clauses, ascending and descending. */
	private final String[] orders = new String[2];

	/**
	 * The bounds, by side (after, before), direction (ascending, descending) and a null
	 * first value.
	 */
	private final String[][][] bounds = new String[2][2][2];

	private Keyset(List<String> columns, boolean nullableFirst) {
		if (columns.isEmpty() || (nullableFirst && columns.size() < 2)) {
			throw new IllegalArgumentException("A keyset needs a unique column after any nullable one: " + columns);
		}
		this.columns = columns;
		this.nullableFirst = nullableFirst;
		for (int descending = 0; descending < 2; descending++) {
			this.orders[descending] = order(descending == 1);
			for (int nullFirst = 0; nullFirst < 2; nullFirst++) {
				// rows before a position are the rows after it in the opposite direction
				this.bounds[0][descending][nullFirst] = later("after", descending == 1, nullFirst == 1);
				this.bounds[1][descending][nullFirst] = later("before", descending == 0, nullFirst == 1);
			}
		}
	}

	/**
	 * The order by the columns, none of them null, e.g.
	 * {@code Keyset.of("c.said_on", "c.id")}.
	 */
	public static Keyset of(String... columns) {
		return new Keyset(List.of(columns), false);
	}

	/**
	 * The order by the columns, of which the first may be null (and sorts after every
	 * value).
	 */
	public static Keyset nullableFirst(String... columns) {
		return new Keyset(List.of(columns), true);
	}

	/** Whether the first column may be null. */
	public boolean nullable() {
		return this.nullableFirst;
	}

	/**
	 * The terms of an {@code ORDER BY} in this order, e.g.
	 * {@code c.said_on desc, c.id desc}.
	 */
	public String orderBy(boolean descending) {
		return this.orders[descending ? 1 : 0];
	}

	/**
	 * The condition that a row comes after the position in this order (ascending or
	 * descending), with the position bound to parameters {@code after0}, {@code after1},
	 * ...
	 * @param position one value per column; only the first may be null, if it is nullable
	 */
	public String after(boolean descending, Map<String, Object> parameters, @Nullable Object... position) {
		return bound(0, "after", descending, parameters, position);
	}

	/**
	 * As {@link #after}, for the rows before the position, bound to {@code before0}, ...
	 */
	public String before(boolean descending, Map<String, Object> parameters, @Nullable Object... position) {
		return bound(1, "before", descending, parameters, position);
	}

	private String bound(int side, String name, boolean descending, Map<String, Object> parameters,
			@Nullable Object[] position) {
		if (position.length != this.columns.size()) {
			throw new IllegalArgumentException("A position in " + this.columns + " needs a value per column");
		}
		for (int i = 0; i < position.length; i++) {
			Object value = position[i];
			if (value != null) {
				parameters.put(name + i, value);
			}
			else if (i > 0 || !this.nullableFirst) {
				throw new IllegalArgumentException(this.columns.get(i) + " is never null");
			}
		}
		return this.bounds[side][descending ? 1 : 0][(position[0] == null) ? 1 : 0];
	}

	private String order(boolean descending) {
		String direction = descending ? " desc" : " asc";
		StringBuilder order = new StringBuilder(this.columns.get(0)).append(direction);
		if (this.nullableFirst) {
			order.append(descending ? " nulls first" : " nulls last");
		}
		for (String column : this.columns.subList(1, this.columns.size())) {
			order.append(", ").append(column).append(direction);
		}
		return order.toString();
	}

	/**
	 * Rows after the position in the given direction, where nulls count as greater than
	 * any value.
	 */
	private String later(String name, boolean descending, boolean nullFirst) {
		String greater = descending ? " < " : " > ";
		String first = this.columns.get(0);
		if (this.columns.size() == 1) {
			return first + greater + ":" + name + 0;
		}
		String rest = laterFrom(1, name, greater);
		if (nullFirst) {
			return descending ? "(" + first + " is not null or " + rest + ")"
					: "(" + first + " is null and " + rest + ")";
		}
		String value = ":" + name + 0;
		String later = "(" + first + (descending ? " <= " : " >= ") + value + " and (" + first + greater + value
				+ " or " + rest + "))";
		return (this.nullableFirst && !descending) ? "(" + later + " or " + first + " is null)" : later;
	}

	/** Rows later by the columns from {@code index} on, the earlier ones equal. */
	private String laterFrom(int index, String name, String greater) {
		String column = this.columns.get(index);
		String value = ":" + name + index;
		if (index == this.columns.size() - 1) {
			return column + greater + value;
		}
		return "(" + column + greater + value + " or (" + column + " = " + value + " and "
				+ laterFrom(index + 1, name, greater) + "))";
	}

}
