package io.parlgraph.quote;

import java.time.LocalDate;

import io.parlgraph.quote.QuoteInput.SourceInput;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a quote (GraphQL {@code UpdateQuoteInput}): what is left out stays as it is.
 */
public record UpdateQuoteInput(String id, long version, ArgumentValue<String> slug, ArgumentValue<String> speaker,
		ArgumentValue<String> text, ArgumentValue<String> language, ArgumentValue<QuoteKind> kind,
		ArgumentValue<QuoteMedium> medium, ArgumentValue<LocalDate> saidOn, ArgumentValue<String> url,
		ArgumentValue<String> visit, ArgumentValue<String> translationOf, @Nullable SourceInput source) {
}
