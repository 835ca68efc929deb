package io.parlgraph.write;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parlgraph.write.UserError.Code;
import org.jspecify.annotations.Nullable;

/** Slugs: the stable, human-readable keys that also identify a fact across inputs. */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_LENGTH = 200;

	private Slugs() {
	}

	/** The slug if it is well formed; null and an error if not. */
	public static @Nullable String check(@Nullable String slug, UserErrors errors, String... field) {
		String value = errors.required(slug, field);
		if (value != null && (value.length() > MAX_LENGTH || !SLUG.matcher(value).matches())) {
			errors.add(Code.INVALID,
					"A slug is 1 to " + MAX_LENGTH
							+ " lowercase letters a-z, digits and single dashes between them, e.g. 'milli-majlis'",
					field);
			return null;
		}
		return value;
	}

	/**
	 * A slug made of others and plain words or numbers, e.g.
	 * {@code sahiba-gafarova-milli-majlis-2020}, cut to fit, with {@code -2},
	 * {@code -3}... appended while it is taken.
	 */
	public static String free(Predicate<String> taken, Object... parts) {
		String base = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("-"));
		base = base.substring(0, Math.min(base.length(), MAX_LENGTH - 10)).replaceAll("-+$", "");
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
