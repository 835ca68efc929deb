package io.parlgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in an ordered connection, as a client passes it to {@code after} or
 * {@code before}: the ordering it was issued for, the row's sort key in that ordering,
 * and the row's ID. A cursor of one ordering used with another is a client error, never a
 * silently wrong page.
 *
 * @param ordering the ordering the cursor was issued for, e.g. {@code SAID_ON.DESC}
 * @param key the row's sort key, as text (empty for the ID ordering and for a null key)
 * @param id the row's ID, which breaks ties between equal sort keys
 * @param text the cursor as the client sent it
 * @param argument the argument that held it ({@code after} or {@code before})
 */
public record Cursor(String ordering, String key, long id, String text, String argument) {

	/** The default ordering of every connection: by row ID, ascending. */
	public static final String BY_ID = "ID";

	private static final String PREFIX = "cursor:";

	/** The cursor of a row in the ID ordering. */
	public static String of(long id) {
		return encode(PREFIX + id);
	}

	/** The cursor of a row in another ordering, with the row's sort key. */
	public static String of(String ordering, String key, long id) {
		return encode(PREFIX + ordering + ":" + key + ":" + id);
	}

	/**
	 * Decodes a cursor; throws {@link InvalidInputException} for anything this API did
	 * not issue.
	 */
	static Cursor decode(String text, String argument) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				String position = decoded.substring(PREFIX.length());
				int firstColon = position.indexOf(':');
				int lastColon = position.lastIndexOf(':');
				long id = Long.parseLong(position.substring(lastColon + 1));
				if (firstColon < 0) {
					return new Cursor(BY_ID, "", id, text, argument);
				}
				if (firstColon < lastColon) {
					return new Cursor(position.substring(0, firstColon), position.substring(firstColon + 1, lastColon),
							id, text, argument);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below; NumberFormatException is an IllegalArgumentException too
		}
		throw malformed(text, argument);
	}

	/** This cursor, checked to come from the given ordering. */
	public Cursor in(String expectedOrdering) {
		if (!this.ordering.equals(expectedOrdering)) {
			throw new InvalidInputException("Cursor '" + this.text + "' in '" + this.argument
					+ "' comes from another ordering: use a cursor returned by this field with the same orderBy");
		}
		return this;
	}

	/**
	 * The error for a cursor whose sort key does not parse: it was not issued by this
	 * API.
	 */
	public InvalidInputException malformed() {
		return malformed(this.text, this.argument);
	}

	private static InvalidInputException malformed(String text, String argument) {
		return new InvalidInputException(
				"Malformed cursor '" + text + "' in '" + argument + "': use a cursor returned by this field");
	}

	private static String encode(String position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

}
