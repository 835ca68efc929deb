package io.parlgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * One page of a connection, read from the Relay arguments {@code first/after} (forward)
 * or {@code last/before} (backward). Pages are keyset pages: {@code after} and
 * {@code before} are exclusive bounds in the connection's ordering, so a page stays
 * stable while rows are inserted elsewhere.
 */
public record Paging(int size, boolean backward, @Nullable Cursor after, @Nullable Cursor before) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static Paging first(int size) {
		return new Paging(size, false, null, null);
	}

	/** Reads and validates the paging arguments of the field being fetched. */
	public static Paging from(DataFetchingEnvironment env) {
		Integer last = env.getArgument("last");
		return new Paging(size(env.getArgument("first"), last), last != null,
				decodeCursor(env.getArgument("after"), "after"), decodeCursor(env.getArgument("before"), "before"));
	}

	/**
	 * The page size that {@code first} or {@code last} asks for: {@link #DEFAULT_SIZE}
	 * when neither is given; an {@link InvalidInputException} when both are, or when it
	 * is out of range.
	 */
	public static int size(@Nullable Integer first, @Nullable Integer last) {
		if (first != null && last != null) {
			throw new InvalidInputException("Pass either 'first' or 'last', not both");
		}
		return checkSize(first != null ? "first" : "last", first != null ? first : last);
	}

	/** Checks the number of IDs that {@code nodes(ids:)} looks up at once. */
	public static void checkIdCount(int count) {
		if (count > MAX_SIZE) {
			throw new InvalidInputException("'ids' may hold at most " + MAX_SIZE + " IDs, but held " + count);
		}
	}

	/** The cursor of the row with the given ID, in the default ordering (by ID). */
	public static String cursor(long id) {
		return Cursor.of(id);
	}

	private static int checkSize(String argument, @Nullable Integer size) {
		if (size == null) {
			return DEFAULT_SIZE;
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException(
					"'" + argument + "' must be between 1 and " + MAX_SIZE + ", but was " + size);
		}
		return size;
	}

	private static @Nullable Cursor decodeCursor(@Nullable String cursor, String argument) {
		return (cursor != null) ? Cursor.decode(cursor, argument) : null;
	}

	/**
	 * Checks that the cursors, if any, come from the given ordering; returns this page.
	 */
	public Paging in(String ordering) {
		if (this.after != null) {
			this.after.in(ordering);
		}
		if (this.before != null) {
			this.before.in(ordering);
		}
		return this;
	}

	/** Fetch one row more than the page holds, to learn whether another page follows. */
	public int fetchSize() {
		return this.size + 1;
	}

}
