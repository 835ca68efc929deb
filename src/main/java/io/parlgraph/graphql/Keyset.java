package io.parlgraph.graphql;

import java.util.List;

/** SQL for "rows after this one" in an order over several columns, none of them null. */
public final class Keyset {

	private Keyset() {
	}

	/**
	 * The condition that a row comes after the position in the order by the columns, all ascending
	 * or all descending: {@code (a > :a or (a = :a and (b > :b or ...)))}.
	 * @param columns the SQL expressions of the order, most significant first
	 * @param positions the named parameters holding the position, one per column
	 */
	public static String after(List<String> columns, List<String> positions, boolean descending) {
		String greater = descending ? " < " : " > ";
		int last = columns.size() - 1;
		String condition = columns.get(last) + greater + positions.get(last);
		for (int i = last - 1; i >= 0; i--) {
			condition = columns.get(i) + greater + positions.get(i) + " or (" + columns.get(i) + " = " + positions.get(i)
					+ " and (" + condition + "))";
		}
		return "(" + condition + ")";
	}

}
