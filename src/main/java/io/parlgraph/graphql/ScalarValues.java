package io.parlgraph.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parsing and validation of the custom scalars' values, shared by the GraphQL scalars and
 * the seed loader. Each method returns the normalized value or throws
 * {@link IllegalArgumentException} with a message fit for the client.
 */
public final class ScalarValues {

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private ScalarValues() {
	}

	public static LocalDate parseDate(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("expected a date as YYYY-MM-DD, got '" + value + "'");
		}
	}

	public static OffsetDateTime parseDateTime(String value) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"expected an RFC 3339 date-time with offset (2023-04-28T12:18:00+04:00), got '" + value + "'");
		}
	}

	public static String parseUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				return uri.toString();
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalArgumentException("expected an absolute http(s) URL, got '" + value + "'");
	}

	public static String parseLanguage(String value) {
		if (LANGUAGE_TAG.matcher(value).matches()) {
			return Locale.forLanguageTag(value).toLanguageTag();
		}
		throw new IllegalArgumentException("expected a BCP 47 language code such as 'en' or 'tr', got '" + value + "'");
	}

	public static String parseCountry(String value) {
		String code = value.toUpperCase(Locale.ROOT);
		if (COUNTRIES.contains(code)) {
			return code;
		}
		throw new IllegalArgumentException(
				"expected an ISO 3166-1 alpha-2 country code such as 'AZ', got '" + value + "'");
	}

}
