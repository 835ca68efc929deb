package io.parlgraph.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A quote to create (GraphQL {@code QuoteInput}). The source is required there; it is
 * null only in what an update merges, which changes the quote's sources only if it gives
 * one.
 */
public record QuoteInput(String slug, String speaker, String text, String language, QuoteKind kind, QuoteMedium medium,
		LocalDate saidOn, @Nullable String url, @Nullable String visit, @Nullable String translationOf,
		@Nullable SourceInput source) {

	/**
	 * Where an article reports the quote (GraphQL {@code SourceInput}): UTF-16 offsets
	 * into its body.
	 */
	public record SourceInput(String article, int startOffset, int endOffset) {
	}

}
