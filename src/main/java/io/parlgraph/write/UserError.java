package io.parlgraph.write;

import java.util.List;

/**
 * A problem with a mutation's input that the client can fix (GraphQL {@code UserError}):
 * the path of the input field, e.g. {@code ["input", "quotes", "0", "startOffset"]}, a
 * message, and a code.
 */
public record UserError(List<String> field, String message, Code code) {

	public enum Code {

		/** A required value is missing or blank. */
		REQUIRED,

		/** A value is malformed or out of range (a date, a URL, an offset). */
		INVALID,

		/** An ID or slug names nothing stored. */
		NOT_FOUND,

		/** The value is taken by another object (a slug). */
		TAKEN,

		/** The object changed since the version the client read. */
		CONFLICT

	}

}
