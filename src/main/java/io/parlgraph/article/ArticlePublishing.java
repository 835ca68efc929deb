package io.parlgraph.article;

import static io.parlgraph.write.UserErrors.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.parlgraph.article.ArticleInputs.ArticleQuoteInput;
import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import io.parlgraph.data.SourceTables;
import io.parlgraph.feed.ArticleEventKind;
import io.parlgraph.feed.EventLog;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.quote.Quote;
import io.parlgraph.quote.QuoteInput;
import io.parlgraph.quote.QuoteWrites;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.write.FactWrites.Checked;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes articles with the facts they mention and the quotes they carry, each in the
 * caller's transaction ({@code MutationTransaction.run}), appending the event that
 * reports it to the event log in that same transaction; a publish sent again returns the
 * article it stored (one that raced it and lost is {@link IdempotentPublishing}'s to
 * answer).
 */
@Component
class ArticlePublishing {

	private static final int MAX_PARTS = 100;

	private final ArticleRepository articles;

	private final JdbcClient jdbc;

	private final MentionResolver mentions;

	private final SpeakerRepository storedSpeakers;

	private final SearchIndex searchIndex;

	private final EventLog eventLog;

	private final StoredFacts facts;

	private final QuoteWrites quoteWrites;

	ArticlePublishing(ArticleRepository articles, JdbcClient jdbc, MentionResolver mentions,
			SpeakerRepository storedSpeakers, SearchIndex searchIndex, EventLog eventLog, StoredFacts facts,
			QuoteWrites quoteWrites) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.mentions = mentions;
		this.storedSpeakers = storedSpeakers;
		this.searchIndex = searchIndex;
		this.eventLog = eventLog;
		this.facts = facts;
		this.quoteWrites = quoteWrites;
	}

	/**
	 * The stored article this publish was sent for already (same idempotency key and
	 * payload, or same URL), if any; refuses the publish as a {@code CONFLICT} if its key
	 * came with another payload.
	 */
	Optional<Article> published(PublishArticleInput input) {
		Optional<Article> byKey = (input.idempotencyKey() != null)
				? this.articles.findByIdempotencyKey(input.idempotencyKey()) : Optional.empty();
		if (byKey.isPresent() && !byKey.get().isRepeatedBy(PublishHashes.fingerprint(input))) {
			throw RejectedInputException.of(Code.CONFLICT,
					"Used already for another article: use a new key for each article, the same key only to send one again",
					"input", "idempotencyKey");
		}
		return byKey.isPresent() ? byKey : this.articles.findByUrl(input.url());
	}

	Article publish(PublishArticleInput input, UserErrors errors) {
		Optional<Article> published = published(input);
		if (published.isPresent()) {
			return published.get();
		}
		String givenSlug = (input.slug() != null) ? input.slug() : PublishHashes.defaultSlug(input);
		Article unsaved = new NewArticle(givenSlug, input.headline(), input.publisher(), input.url(),
				input.publishedAt(), input.language(), input.body())
			.unsaved(errors, "input");
		this.facts.slugFree(Article.class, givenSlug, null, errors, "input", "slug");
		if (input.idempotencyKey() != null
				&& (input.idempotencyKey().isBlank() || input.idempotencyKey().length() > 200)) {
			errors.add(Code.INVALID, "1 to 200 characters", "input", "idempotencyKey");
		}
		atMost(input.mentions(), errors, "mentions");
		atMost(input.quotes(), errors, "quotes");
		Map<String, Citation> citations = new LinkedHashMap<>();
		Map<String, Object> created = new HashMap<>();
		for (int i = 0; i < input.mentions().size(); i++) {
			Citation citation = this.mentions.resolve(input.mentions().get(i), input.body(), created, errors, "input",
					"mentions", String.valueOf(i));
			if (citation != null) {
				citations.putIfAbsent(citation.type() + ":" + citation.subjectId(), citation);
			}
		}
		List<@Nullable Checked<Quote>> checkedQuotes = new ArrayList<>();
		for (int i = 0; i < input.quotes().size(); i++) {
			checkedQuotes.add(quote(input.quotes().get(i), i, input.quotes().size(),
					(unsaved != null) ? unsaved.getSlug() : null, input.body(), errors));
		}
		Article article = errors.orThrow(unsaved);
		article.setIdempotencyKey(input.idempotencyKey(), PublishHashes.fingerprint(input));
		this.articles.save(article);
		citations.values().forEach(citation -> cite(article, citation));
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i < checkedQuotes.size(); i++) {
			ArticleQuoteInput quote = input.quotes().get(i);
			quotes.add(this.quoteWrites.save(Objects.requireNonNull(checkedQuotes.get(i))));
			cite(article, new Citation("Quote", quotes.get(i).getId(), quote.startOffset(), quote.endOffset()));
		}
		for (int i = 0; i < quotes.size(); i++) {
			Integer original = input.quotes().get(i).translationOf();
			if (original != null) {
				quotes.get(i).setTranslationOfId(quotes.get(original).getId());
			}
		}
		this.searchIndex.index(SearchableType.ARTICLE, List.of(article.getId()));
		this.eventLog.append(ArticleEventKind.PUBLISHED, article.getId(), article.getRevision(), article.getLanguage(),
				null);
		return article;
	}

	/**
	 * The quote to store, checked as the {@code createQuote} mutation checks one but not
	 * saved yet; null after recording what is wrong with it. Its translation is set once
	 * both quotes are saved.
	 */
	private @Nullable Checked<Quote> quote(ArticleQuoteInput input, int index, int count, @Nullable String articleSlug,
			String body, UserErrors errors) {
		String[] at = { "input", "quotes", String.valueOf(index) };
		String speaker = quoteSpeaker(input, errors, at);
		errors.passage(input.startOffset(), input.endOffset(), body, at);
		Integer original = input.translationOf();
		if (original != null && (original < 0 || original >= count || original == index)) {
			errors.add(Code.INVALID, "The position of another quote in 'quotes' (0 to " + (count - 1) + ")",
					path(at, "translationOf"));
		}
		if (speaker == null || articleSlug == null) {
			return null;
		}
		QuoteInput quote = new QuoteInput(articleSlug + "-quote-" + (index + 1), speaker, input.text(),
				input.language(), input.kind(), input.medium(), input.saidOn(), input.url(), input.visit(), null, null);
		return this.quoteWrites.checkedNew(quote, errors, at);
	}

	/**
	 * The ID of the quote's speaker, as given or found by slug; null after recording what
	 * is wrong.
	 */
	private @Nullable String quoteSpeaker(ArticleQuoteInput input, UserErrors errors, String[] at) {
		if ((input.speaker() == null) == (input.speakerSlug() == null)) {
			errors.add(Code.INVALID, "Give exactly one of 'speaker' and 'speakerSlug'", at);
			return null;
		}
		if (input.speaker() != null) {
			return input.speaker();
		}
		// mentions are resolved first, so a speaker this input creates is found here
		Optional<Speaker> speaker = this.storedSpeakers.findBySlug(input.speakerSlug());
		if (speaker.isEmpty()) {
			errors.add(Code.NOT_FOUND, "No speaker with this slug, stored or in 'mentions'", path(at, "speakerSlug"));
			return null;
		}
		return GlobalId.encode("Speaker", speaker.get().getId());
	}

	private void cite(Article article, Citation citation) {
		SourceTables.cite(this.jdbc, citation.type(), citation.subjectId(), article.getId(), citation.start(),
				citation.end());
	}

	private static void atMost(List<?> parts, UserErrors errors, String field) {
		if (parts.size() > MAX_PARTS) {
			errors.add(Code.INVALID, "At most " + MAX_PARTS + " per article", "input", field);
		}
	}

}
