package io.parlgraph.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Refuses argument values that parse but that a database cannot store or compare the same
 * way on H2 and PostgreSQL: a NUL character (U+0000), half of a UTF-16 surrogate pair
 * (not Unicode), a date or time outside the years 0001 to 9999, a language code longer
 * than its column. One check of every argument of every field, at any depth of its input
 * objects and lists, before the field runs: a {@code BAD_REQUEST} that names the
 * argument, e.g. {@code 'input.quotes[0].saidOn'}.
 */
@Component
class StorableArguments implements Instrumentation {

	/**
	 * RFC 5646 (4.4.1) asks for language tags of up to 35 characters to be accepted; the
	 * columns hold that many.
	 */
	static final int MAX_LANGUAGE_CODE_LENGTH = 35;

	private static final int MIN_YEAR = 1;

	private static final int MAX_YEAR = 9999;

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		// a property read takes no arguments, and asking a field's step info would make
		// graphql-java
		// build it for every such field
		if (parameters.isTrivialDataFetcher()
				|| parameters.getExecutionStepInfo().getFieldDefinition().getArguments().isEmpty()) {
			return dataFetcher;
		}
		return env -> {
			for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
				check(argument.getType(), env.getArguments().get(argument.getName()), argument.getName());
			}
			return dataFetcher.get(env);
		};
	}

	private static void check(GraphQLInputType type, @Nullable Object value, String path) {
		if (value == null) {
			return;
		}
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList list && value instanceof List<?> values) {
			for (int i = 0; i < values.size(); i++) {
				check((GraphQLInputType) list.getWrappedType(), values.get(i), path + "[" + i + "]");
			}
		}
		else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				check(field.getType(), fields.get(field.getName()), path + "." + field.getName());
			}
		}
		else {
			String problem = problem(((GraphQLNamedType) unwrapped).getName(), value);
			if (problem != null) {
				throw new InvalidInputException("'" + path + "' " + problem);
			}
		}
	}

	/**
	 * What makes a value of the named scalar (or enum) unstorable; null if nothing does.
	 */
	private static @Nullable String problem(String type, Object value) {
		if (value instanceof String text) {
			if (type.equals("LanguageCode") && text.length() > MAX_LANGUAGE_CODE_LENGTH) {
				return "is " + text.length() + " characters long; a language code has at most "
						+ MAX_LANGUAGE_CODE_LENGTH;
			}
			return unstorableCharacter(text);
		}
		if (value instanceof LocalDate date) {
			return inYears(date.getYear());
		}
		if (value instanceof OffsetDateTime time) {
			// stored as UTC: both the time as given and as stored must be in range
			String problem = inYears(time.getYear());
			return (problem != null) ? problem : inYears(time.withOffsetSameInstant(ZoneOffset.UTC).getYear());
		}
		return null;
	}

	private static @Nullable String unstorableCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "holds a NUL character (U+0000) at position " + i + ", which cannot be stored";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "holds half of a UTF-16 surrogate pair at position " + i
						+ ", which is not Unicode text: send the whole character";
			}
		}
		return null;
	}

	private static @Nullable String inYears(int year) {
		return (year < MIN_YEAR || year > MAX_YEAR) ? "is outside the years 0001 to 9999, the dates stored" : null;
	}

}
