package io.parlgraph.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.parlgraph.event.EventInput;
import io.parlgraph.parliament.ParliamentInput;
import io.parlgraph.quote.QuoteKind;
import io.parlgraph.quote.QuoteMedium;
import io.parlgraph.speaker.SpeakerInput;
import org.jspecify.annotations.Nullable;

/** The inputs of the article mutations. */
final class ArticleInputs {

	private ArticleInputs() {
	}

	/** GraphQL {@code PublishArticleInput}. */
	record PublishArticleInput(@Nullable String idempotencyKey, @Nullable String slug, String headline,
			String publisher, String url, OffsetDateTime publishedAt, String language, String body,
			List<MentionInput> mentions, List<ArticleQuoteInput> quotes) {
	}

	/** GraphQL {@code MentionInput}: exactly one of the first four. */
	record MentionInput(@Nullable String id, @Nullable ParliamentInput parliament, @Nullable SpeakerInput speaker,
			@Nullable EventInput event, @Nullable String passage) {
	}

	/** GraphQL {@code ArticleQuoteInput}. */
	record ArticleQuoteInput(@Nullable String speaker, @Nullable String speakerSlug, String text, String language,
			QuoteKind kind, QuoteMedium medium, LocalDate saidOn, @Nullable String url, @Nullable String visit,
			int startOffset, int endOffset, @Nullable Integer translationOf) {
	}

	/** GraphQL {@code CorrectArticleInput}. */
	record CorrectArticleInput(String id, long version, @Nullable String headline, @Nullable String body,
			@Nullable String note) {
	}

	/** GraphQL {@code RetractArticleInput}. */
	record RetractArticleInput(String id, long version, String reason) {
	}

}
