package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a root connection, as SQL conditions on its table (aliased {@code c}),
 * all of which must hold. Each condition whose value is absent is left out, so a filter
 * input maps to a chain of calls. Values are always bound as parameters, never written
 * into the SQL.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private Where() {
	}

	/** No condition yet: every row. */
	public static Where all() {
		return new Where();
	}

	/** {@code c.column = value}; enums compare by name, as they are stored. */
	public Where equal(String column, @Nullable Object value) {
		return matches("c." + column + " = ?", value);
	}

	/** {@code c.column >= value}. */
	public Where atLeast(String column, @Nullable Object value) {
		return matches("c." + column + " >= ?", value);
	}

	/** {@code c.column <= value}. */
	public Where atMost(String column, @Nullable Object value) {
		return matches("c." + column + " <= ?", value);
	}

	/** {@code c.column < value}. */
	public Where before(String column, @Nullable Object value) {
		return matches("c." + column + " < ?", value);
	}

	/**
	 * A condition in SQL over the row {@code c}, the i-th {@code ?} standing for the i-th
	 * value (a collection value fits {@code in (?)}); left out when any value is null.
	 */
	public Where matches(String condition, @Nullable Object... values) {
		if (Arrays.stream(values).anyMatch(Objects::isNull)) {
			return this;
		}
		StringBuilder sql = new StringBuilder("(");
		int value = 0;
		for (char c : condition.toCharArray()) {
			if (c == '?') {
				String name = "w" + this.parameters.size();
				Object bound = values[value++];
				this.parameters.put(name, (bound instanceof Enum<?> constant) ? constant.name() : bound);
				sql.append(':').append(name);
			}
			else {
				sql.append(c);
			}
		}
		if (value != values.length) {
			throw new IllegalArgumentException(
					values.length + " values for " + value + " placeholders in " + condition);
		}
		this.conditions.add(sql.append(')').toString());
		return this;
	}

	String sql() {
		return this.conditions.isEmpty() ? "1 = 1" : String.join(" and ", this.conditions);
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

}
