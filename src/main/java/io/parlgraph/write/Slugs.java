package io.parlgraph.write;

import java.util.regex.Pattern;

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
			errors.add(Code.INVALID, "A slug is 1 to " + MAX_LENGTH
					+ " lowercase letters a-z, digits and single dashes between them, e.g. 'milli-majlis'", field);
			return null;
		}
		return value;
	}

}
