package io.parlgraph.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.write.UserError.Code;
import org.jspecify.annotations.Nullable;

/**
 * Collects the user errors of one mutation while it checks its input. A mutation checks
 * all of its input before it writes anything, then calls {@link #throwIfAny}, so one
 * response reports every problem, and the transaction rolls back.
 */
public final class UserErrors {

	private final List<UserError> errors = new ArrayList<>();

	public void add(Code code, String message, String... field) {
		this.errors.add(new UserError(Arrays.asList(field), message, code));
	}

	/** Adds the errors recorded in the other. */
	public void addAll(UserErrors other) {
		this.errors.addAll(other.errors);
	}

	/** How many errors so far: compare before and after checking a part of the input. */
	public int count() {
		return this.errors.size();
	}

	/**
	 * The path of a field under a part of the input, e.g. {@code at} = [input, mentions,
	 * 2] and "slug".
	 */
	public static String[] path(String[] at, String... names) {
		String[] path = Arrays.copyOf(at, at.length + names.length);
		System.arraycopy(names, 0, path, at.length, names.length);
		return path;
	}

	/**
	 * A required string: present and not blank. Returns it trimmed, or null after
	 * recording the error.
	 */
	public @Nullable String required(@Nullable String value, String... field) {
		if (value == null || value.isBlank()) {
			add(Code.REQUIRED, "Must not be blank", field);
			return null;
		}
		return value.strip();
	}

	/**
	 * As {@link #required(String, String...)}, for a text of at most so many characters
	 * (its column's size).
	 */
	public @Nullable String required(@Nullable String value, int maxLength, String... field) {
		String text = required(value, field);
		return (text != null && fits(maxLength, text, field)) ? text : null;
	}

	/**
	 * Checks that an optional text has at most so many characters (its column's size).
	 */
	public void atMost(int maxLength, @Nullable String value, String... field) {
		if (value != null) {
			fits(maxLength, value, field);
		}
	}

	private boolean fits(int maxLength, String text, String... field) {
		if (text.length() > maxLength) {
			add(Code.INVALID, "At most " + maxLength + " characters, but " + text.length() + " were given", field);
			return false;
		}
		return true;
	}

	/**
	 * Checks that a period does not end before it starts; either end may be unknown
	 * (null).
	 */
	public void endNotBefore(@Nullable LocalDate start, @Nullable LocalDate end, String... field) {
		if (start != null && end != null && end.isBefore(start)) {
			add(Code.INVALID, "Ends before it starts (" + start + ")", field);
		}
	}

	/**
	 * Decodes an ID that must name a stored object of the type; null (and an error) if it
	 * is malformed or of another type.
	 */
	public @Nullable Long id(@Nullable String value, String type, String... field) {
		if (value == null) {
			return null;
		}
		try {
			return GlobalId.decode(value, type);
		}
		catch (InvalidInputException ex) {
			add(Code.INVALID, ex.getMessage(), field);
			return null;
		}
	}

	/**
	 * Parses a value with a scalar's parser (which throws
	 * {@link IllegalArgumentException}); null and an error if it is invalid.
	 */
	public @Nullable String parsed(@Nullable String value, Function<String, String> parse, String... field) {
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException ex) {
			add(Code.INVALID, ex.getMessage(), field);
			return null;
		}
	}

	/**
	 * The result of checking the input, which a check returns null only with errors; ends
	 * the mutation as {@link #throwIfAny} does if any error was recorded, also by an
	 * earlier check.
	 */
	public <T> T orThrow(@Nullable T checked) {
		throwIfAny();
		if (checked == null) {
			throw new IllegalStateException("A check returned nothing but recorded no error");
		}
		return checked;
	}

	/**
	 * Checks that UTF-16 offsets {@code start} (inclusive) and {@code end} (exclusive)
	 * mark a passage of the text that splits no character; {@code at} is the input object
	 * that holds them.
	 */
	public void passage(int start, int end, String text, String... at) {
		int length = text.length();
		if (start < 0 || start >= length) {
			add(Code.INVALID, "Outside the article's body (0 to " + (length - 1) + ")", path(at, "startOffset"));
		}
		else if (splitsPair(text, start)) {
			add(Code.INVALID, "Falls between the two halves of a character (a UTF-16 surrogate pair)",
					path(at, "startOffset"));
		}
		if (end <= start || end > length) {
			add(Code.INVALID, "Must be after startOffset and at most " + length + " (the body's length)",
					path(at, "endOffset"));
		}
		else if (splitsPair(text, end)) {
			add(Code.INVALID, "Falls between the two halves of a character (a UTF-16 surrogate pair)",
					path(at, "endOffset"));
		}
	}

	private static boolean splitsPair(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
				&& Character.isLowSurrogate(text.charAt(offset));
	}

	/** Ends the mutation, rolling back what it wrote, if any error was recorded. */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new RejectedInputException(List.copyOf(this.errors));
		}
	}

	/**
	 * Thrown out of a mutation's transaction to roll it back; the controller returns its
	 * errors in the payload.
	 */
	public static final class RejectedInputException extends RuntimeException {

		private final List<UserError> errors;

		RejectedInputException(List<UserError> errors) {
			super(errors.size() + " user error(s)", null, false, false);
			this.errors = errors;
		}

		public List<UserError> errors() {
			return this.errors;
		}

		public static RejectedInputException of(Code code, String message, String... field) {
			return new RejectedInputException(List.of(new UserError(Arrays.asList(field), message, code)));
		}

	}

}
