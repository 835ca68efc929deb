package io.parlgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An opaque, globally unique object ID as the Relay spec wants it: the GraphQL type name
 * and the row ID, base64url-encoded ({@code Speaker:12} becomes {@code U3BlYWtlcjoxMg}).
 */
public record GlobalId(String type, long id) {

	/** Every GraphQL type that implements {@code Node}. */
	public static final Set<String> NODE_TYPES = Set.of("Article", "Parliament", "Speaker", "SpeakerTerm", "Event",
			"Visit", "Meeting", "Protocol", "Quote", "ApiKey");

	public static String encode(String type, long id) {
		return new GlobalId(type, id).toString();
	}

	/** Decodes an ID of any node type. */
	public static GlobalId decode(String value) {
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(value);
		}
		int colon = decoded.indexOf(':');
		if (colon < 0 || !NODE_TYPES.contains(decoded.substring(0, colon))) {
			throw malformed(value);
		}
		try {
			return new GlobalId(decoded.substring(0, colon), Long.parseLong(decoded.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			throw malformed(value);
		}
	}

	/**
	 * Decodes an ID that must name an object of the given type, e.g. a filter's
	 * parliament.
	 */
	public static long decode(String value, String expectedType) {
		GlobalId id = decode(value);
		if (!id.type().equals(expectedType)) {
			throw new InvalidInputException(
					"ID '" + value + "' is " + kind(id.type()) + ", but " + kind(expectedType) + " is expected");
		}
		return id.id();
	}

	/** As {@link #decode(String, String)}, for an optional argument: null stays null. */
	public static @Nullable Long decodeIfPresent(@Nullable String value, String expectedType) {
		return (value != null) ? decode(value, expectedType) : null;
	}

	/** "a Speaker ID", "an Event ID": for messages. */
	public static String kind(String type) {
		return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type + " ID";
	}

	private static InvalidInputException malformed(String value) {
		return new InvalidInputException("Malformed ID '" + value + "': use an ID returned by this API");
	}

	@Override
	public String toString() {
		byte[] bytes = (this.type + ":" + this.id).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
