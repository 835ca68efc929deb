package io.parlgraph.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A column a root connection may be ordered by (besides the ID, which always breaks
 * ties). It should be indexed together with the ID, so that deep pages stay cheap. Null
 * values, where the column allows them, sort after every other value.
 *
 * @param field the {@code <Type>OrderField} value that selects it, e.g. {@code SAID_ON}
 * @param keyset the order by the column and the ID, e.g. {@code c.said_on, c.id}
 * @param value reads the key of a row, for its cursor
 * @param parse reads a key back from a cursor
 */
public record SortKey<T>(String field, Keyset keyset, Function<T, @Nullable Object> value,
		Function<String, Object> parse) {

	public static <T> SortKey<T> date(String field, String column, Function<T, @Nullable LocalDate> value) {
		return new SortKey<>(field, byColumnAndId(column), value::apply, LocalDate::parse);
	}

	public static <T> SortKey<T> nullableDate(String field, String column, Function<T, @Nullable LocalDate> value) {
		return new SortKey<>(field, Keyset.nullableFirst("c." + column, "c.id"), value::apply, LocalDate::parse);
	}

	public static <T> SortKey<T> instant(String field, String column, Function<T, Instant> value) {
		return new SortKey<>(field, byColumnAndId(column), value::apply, Instant::parse);
	}

	public static <T> SortKey<T> text(String field, String column, Function<T, String> value) {
		return new SortKey<>(field, byColumnAndId(column), value::apply, text -> text);
	}

	private static Keyset byColumnAndId(String column) {
		return Keyset.of("c." + column, "c.id");
	}

}
