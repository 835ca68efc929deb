package io.parlgraph.write;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.write.UserError.Code;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;

/**
 * How an update input's field combines with the stored value: left out, the stored value
 * stays; given, it replaces it. An update merges its fields onto the stored fact this
 * way, then checks the result as a create checks its input.
 */
public final class Patch {

	private Patch() {
	}

	/** A field that may be empty: null clears it. */
	public static <T> @Nullable T or(ArgumentValue<T> given, @Nullable T stored) {
		return given.isOmitted() ? stored : given.value();
	}

	/**
	 * A field that must have a value: null is an error, and leaves the stored value in
	 * the result.
	 */
	public static <T> T required(ArgumentValue<T> given, T stored, UserErrors errors, String... field) {
		if (given.isOmitted()) {
			return stored;
		}
		T value = given.value();
		if (value == null) {
			errors.add(Code.REQUIRED, "Must not be null: leave the field out to keep it as it is", field);
			return stored;
		}
		return value;
	}

	/**
	 * An optional reference to a fact of the type: given, its ID (null clears it); left
	 * out, the stored one's.
	 */
	public static @Nullable String reference(ArgumentValue<String> given, String type, @Nullable Long stored) {
		return or(given, (stored != null) ? GlobalId.encode(type, stored) : null);
	}

}
