package io.parlgraph.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The custom scalars. Each one is a string on the wire and is validated on input, so a
 * bad value is a validation error that names the argument, before any resolver runs.
 */
@Component
class Scalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(scalar("Date", LocalDate.class, ScalarValues::parseDate, LocalDate::toString))
			.scalar(scalar("DateTime", OffsetDateTime.class, ScalarValues::parseDateTime,
					DateTimeFormatter.ISO_OFFSET_DATE_TIME::format))
			.scalar(scalar("URL", String.class, ScalarValues::parseUrl, Function.identity()))
			.scalar(scalar("LanguageCode", String.class, ScalarValues::parseLanguage, Function.identity()))
			.scalar(scalar("CountryCode", String.class, ScalarValues::parseCountry, Function.identity()));
	}

	private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parse,
			Function<T, String> print) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return print.apply(type.cast(value));
				}
				throw new CoercingSerializeException("Cannot serialize " + value.getClass().getName() + " as " + name);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String string) {
					try {
						return parse.apply(string);
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseValueException(name + ": " + ex.getMessage());
					}
				}
				throw new CoercingParseValueException(name + ": expected a string, got " + input);
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue string) {
					try {
						return parse.apply(string.getValue());
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseLiteralException(name + ": " + ex.getMessage());
					}
				}
				throw new CoercingParseLiteralException(name + ": expected a string literal");
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.of(serialize(input, context, locale));
			}

		}).build();
	}

}
