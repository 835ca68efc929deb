package io.parlgraph.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code QuoteFilter}. */
record QuoteFilter(@Nullable String speaker, @Nullable String parliament, @Nullable String country,
		@Nullable String visit, @Nullable String language, @Nullable QuoteKind kind, @Nullable QuoteMedium medium,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	static final QuoteFilter NONE = new QuoteFilter(null, null, null, null, null, null, null, null, null);

}
