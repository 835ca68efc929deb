package io.parlgraph.graphql;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The order of a root connection: by a {@link SortKey} (or by ID alone) in one direction,
 * the ID breaking ties. Its name goes into every cursor, so a cursor only works with the
 * ordering that issued it.
 */
public record Ordering<T>(@Nullable SortKey<T> key, boolean descending) {

	/**
	 * The orderings of a connection whose {@code <Type>OrderField} has the given keys
	 * besides {@code ID}.
	 */
	@SafeVarargs
	public static <T> Function<@Nullable OrderBy, Ordering<T>> by(SortKey<T>... keys) {
		Map<String, SortKey<T>> byField = Arrays.stream(keys)
			.collect(Collectors.toMap(SortKey::field, Function.identity()));
		return orderBy -> {
			if (orderBy == null) {
				return new Ordering<>(null, false);
			}
			boolean descending = orderBy.direction() == OrderDirection.DESC;
			if (orderBy.field().equals(Cursor.BY_ID)) {
				return new Ordering<>(null, descending);
			}
			SortKey<T> key = byField.get(orderBy.field());
			if (key == null) {
				throw new IllegalStateException("No sort key for " + orderBy.field());
			}
			return new Ordering<>(key, descending);
		};
	}

	/**
	 * The name cursors carry: {@code ID} for the default, else e.g. {@code SAID_ON.DESC}.
	 */
	public String name() {
		String field = (this.key != null) ? this.key.field() : Cursor.BY_ID;
		if (this.key == null && !this.descending) {
			return Cursor.BY_ID;
		}
		return field + (this.descending ? ".DESC" : ".ASC");
	}

}
