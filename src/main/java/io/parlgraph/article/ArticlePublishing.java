package io.parlgraph.article;

import static io.parlgraph.write.UserErrors.path;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.parlgraph.article.ArticleInputs.ArticleQuoteInput;
import io.parlgraph.article.ArticleInputs.CorrectArticleInput;
import io.parlgraph.article.ArticleInputs.MentionInput;
import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import io.parlgraph.article.ArticleInputs.RetractArticleInput;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.SourceTables;
import io.parlgraph.event.EventWrites;
import io.parlgraph.feed.ArticleEventKind;
import io.parlgraph.feed.EventLog;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.parliament.ParliamentWrites;
import io.parlgraph.quote.Quote;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.speaker.SpeakerWrites;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes, corrects and retracts articles, each in the caller's transaction
 * ({@code MutationTransaction.run}), appending the event that reports it to the event log in that
 * same transaction.
 */
@Component
class ArticlePublishing {

	private static final int MAX_PARTS = 100;

	/** Writes the payloads that are hashed into fingerprints: its own, so that they stay as stored. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ArticleRepository articles;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final ParliamentWrites parliaments;

	private final SpeakerWrites speakers;

	private final SpeakerRepository storedSpeakers;

	private final EventWrites events;

	private final SearchIndex searchIndex;

	private final EventLog eventLog;

	private final StoredFacts facts;

	ArticlePublishing(ArticleRepository articles, EntityManager entityManager, JdbcClient jdbc,
			ParliamentWrites parliaments, SpeakerWrites speakers, SpeakerRepository storedSpeakers, EventWrites events,
			SearchIndex searchIndex, EventLog eventLog, StoredFacts facts) {
		this.articles = articles;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.storedSpeakers = storedSpeakers;
		this.events = events;
		this.searchIndex = searchIndex;
		this.eventLog = eventLog;
		this.facts = facts;
	}

	/** A fact the article cites, and where. */
	private record Citation(String type, long subjectId, @Nullable Integer start, @Nullable Integer end) {
	}

	/**
	 * The stored article this publish was sent for already (same idempotency key and payload, or
	 * same URL), if any; refuses the publish as a {@code CONFLICT} if its key came with another payload.
	 */
	Optional<Article> published(PublishArticleInput input) {
		Optional<Article> byKey = (input.idempotencyKey() != null)
				? this.articles.findByIdempotencyKey(input.idempotencyKey()) : Optional.empty();
		if (byKey.isPresent() && !byKey.get().isRepeatedBy(fingerprint(input))) {
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
		String headline = errors.required(input.headline(), 500, "input", "headline");
		String publisher = errors.required(input.publisher(), 200, "input", "publisher");
		errors.atMost(2000, input.url(), "input", "url");
		String body = (input.body().isBlank()) ? null : input.body();
		if (body == null) {
			errors.add(Code.REQUIRED, "Must not be blank", "input", "body");
		}
		if (input.idempotencyKey() != null && (input.idempotencyKey().isBlank() || input.idempotencyKey().length() > 200)) {
			errors.add(Code.INVALID, "1 to 200 characters", "input", "idempotencyKey");
		}
		String slug = this.facts.slug(Article.class, (input.slug() != null) ? input.slug() : defaultSlug(input), null,
				errors, "input", "slug");
		atMost(input.mentions(), errors, "mentions");
		atMost(input.quotes(), errors, "quotes");
		String text = (body != null) ? body : "";
		Map<String, Citation> citations = new LinkedHashMap<>();
		Map<String, Object> created = new HashMap<>();
		for (int i = 0; i < input.mentions().size(); i++) {
			Citation citation = mention(input.mentions().get(i), text, created, errors, "input", "mentions",
					String.valueOf(i));
			if (citation != null) {
				citations.putIfAbsent(citation.type() + ":" + citation.subjectId(), citation);
			}
		}
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i < input.quotes().size(); i++) {
			quotes.add(quote(input.quotes().get(i), i, input.quotes().size(), slug, text, errors));
		}
		errors.throwIfAny();

		Article article = new Article(slug, headline, publisher, input.url(), input.publishedAt(), input.language(), text);
		article.setIdempotencyKey(input.idempotencyKey(), fingerprint(input));
		this.articles.save(article);
		citations.values().forEach(citation -> cite(article, citation));
		for (int i = 0; i < quotes.size(); i++) {
			ArticleQuoteInput quote = input.quotes().get(i);
			this.entityManager.persist(quotes.get(i));
			cite(article, new Citation("Quote", quotes.get(i).getId(), quote.startOffset(), quote.endOffset()));
		}
		for (int i = 0; i < quotes.size(); i++) {
			Integer original = input.quotes().get(i).translationOf();
			if (original != null) {
				quotes.get(i).setTranslationOfId(quotes.get(original).getId());
			}
		}
		this.searchIndex.index(SearchableType.ARTICLE, List.of(article.getId()));
		this.searchIndex.index(SearchableType.QUOTE, quotes.stream().map(BaseEntity::getId).toList());
		this.eventLog.append(ArticleEventKind.PUBLISHED, article.getId(), article.getRevision(), article.getLanguage(), null);
		return article;
	}

	Article correct(CorrectArticleInput input, UserErrors errors) {
		Article article = this.facts.toUpdate(Article.class, input.id(), input.version());
		if (input.headline() == null && input.body() == null) {
			errors.add(Code.REQUIRED, "Give a corrected headline, body or both", "input");
		}
		String headline = (input.headline() != null) ? errors.required(input.headline(), 500, "input", "headline")
				: article.getHeadline();
		errors.atMost(2000, input.note(), "input", "note");
		if (input.body() != null && input.body().isBlank()) {
			errors.add(Code.REQUIRED, "Must not be blank", "input", "body");
		}
		errors.throwIfAny();
		String oldBody = article.getBody();
		String body = (input.body() != null) ? input.body() : oldBody;
		this.entityManager.persist(article.correct(headline, body, Instant.now(), input.note()));
		if (input.body() != null) {
			relocateCitations(article.getId(), oldBody, article.getBody());
		}
		this.searchIndex.reindex(SearchableType.ARTICLE, List.of(article.getId()));
		this.eventLog.append(ArticleEventKind.CORRECTED, article.getId(), article.getRevision(), article.getLanguage(),
				input.note());
		return article;
	}

	Article retract(RetractArticleInput input, UserErrors errors) {
		Article article = this.facts.toUpdate(Article.class, input.id(), input.version());
		String reason = errors.required(input.reason(), 2000, "input", "reason");
		if (article.getRetraction() != null) {
			errors.add(Code.INVALID, "The article is retracted already", "input", "id");
		}
		errors.throwIfAny();
		article.retract(reason, Instant.now());
		this.searchIndex.reindex(SearchableType.ARTICLE, List.of(article.getId()));
		this.eventLog.append(ArticleEventKind.RETRACTED, article.getId(), article.getRevision(), article.getLanguage(),
				reason);
		return article;
	}

	/**
	 * The citation of what the mention names, creating it if it is new; null after recording what
	 * is wrong with it. {@code created} holds the facts earlier mentions describe, by type and slug.
	 */
	private @Nullable Citation mention(MentionInput mention, String body, Map<String, Object> created,
			UserErrors errors, String... at) {
		int given = count(mention.id(), mention.parliament(), mention.speaker(), mention.event());
		if (given != 1) {
			errors.add(Code.INVALID, "Give exactly one of 'id', 'parliament', 'speaker' and 'event'; " + given
					+ " were given", at);
			return null;
		}
		if (!sameAsEarlier(mention, created, errors, at)) {
			return null;
		}
		Integer start = null;
		Integer end = null;
		if (mention.passage() != null) {
			int found = body.indexOf(mention.passage());
			if (mention.passage().isEmpty() || found < 0) {
				errors.add(Code.INVALID, "Not found in the article's body", path(at, "passage"));
				return null;
			}
			start = found;
			end = found + mention.passage().length();
		}
		String type;
		BaseEntity subject;
		if (mention.parliament() != null) {
			type = "Parliament";
			subject = this.parliaments.findOrCreate(mention.parliament(), errors, path(at, "parliament"));
		}
		else if (mention.speaker() != null) {
			type = "Speaker";
			subject = this.speakers.findOrCreate(mention.speaker(), errors, path(at, "speaker"));
		}
		else if (mention.event() != null) {
			type = "Event";
			subject = this.events.findOrCreate(mention.event(), errors, path(at, "event"));
		}
		else {
			return storedFact(mention.id(), start, end, errors, path(at, "id"));
		}
		return (subject != null) ? new Citation(type, subject.getId(), start, end) : null;
	}

	/**
	 * Whether the fact the mention describes (if it describes one rather than giving an ID) is
	 * described by no earlier mention, or the same way: a slug names one fact, so the second of two
	 * different descriptions would be dropped without a word.
	 */
	private static boolean sameAsEarlier(MentionInput mention, Map<String, Object> created, UserErrors errors,
			String... at) {
		String field;
		String slug;
		Object described;
		if (mention.parliament() != null) {
			field = "parliament";
			slug = mention.parliament().slug();
			described = mention.parliament();
		}
		else if (mention.speaker() != null) {
			field = "speaker";
			slug = mention.speaker().slug();
			described = mention.speaker();
		}
		else if (mention.event() != null) {
			field = "event";
			slug = mention.event().slug();
			described = mention.event();
		}
		else {
			return true;
		}
		Object earlier = created.putIfAbsent(field + ":" + slug, described);
		if (earlier != null && !earlier.equals(described)) {
			errors.add(Code.INVALID, "An earlier mention describes the " + field + " '" + slug
					+ "' with other values: describe it once, or the same way each time", path(at, field, "slug"));
			return false;
		}
		return true;
	}

	/** A citation of a stored fact given by ID. */
	private @Nullable Citation storedFact(String id, @Nullable Integer start, @Nullable Integer end, UserErrors errors,
			String... field) {
		GlobalId decoded;
		try {
			decoded = Mentions.decode(id, "id");
		}
		catch (InvalidInputException ex) {
			errors.add(Code.INVALID, ex.getMessage(), field);
			return null;
		}
		boolean exists = this.jdbc.sql("select count(*) from " + SourceTables.factTable(decoded.type()) + " where id = ?")
			.param(decoded.id())
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			errors.add(Code.NOT_FOUND, "No " + decoded.type() + " with this ID", field);
			return null;
		}
		return new Citation(decoded.type(), decoded.id(), start, end);
	}

	/** The quote to store (not yet saved), or null after recording what is wrong with it. */
	private @Nullable Quote quote(ArticleQuoteInput input, int index, int count, @Nullable String articleSlug,
			String body, UserErrors errors) {
		String[] at = { "input", "quotes", String.valueOf(index) };
		int errorsBefore = errors.count();
		Long speaker = quoteSpeaker(input, errors, at);
		String text = errors.required(input.text(), 10000, path(at, "text"));
		errors.atMost(2000, input.url(), path(at, "url"));
		errors.passage(input.startOffset(), input.endOffset(), body, at);
		Visit visit = this.facts.reference(Visit.class, input.visit(), errors, path(at, "visit"));
		Integer original = input.translationOf();
		if (original != null && (original < 0 || original >= count || original == index)) {
			errors.add(Code.INVALID, "The position of another quote in 'quotes' (0 to " + (count - 1) + ")",
					path(at, "translationOf"));
		}
		if (errors.count() > errorsBefore || articleSlug == null) {
			return null;
		}
		return new Quote(articleSlug + "-quote-" + (index + 1), speaker, text, input.language(), input.kind(),
				input.medium(), input.saidOn(), input.url(), (visit != null) ? visit.getId() : null);
	}

	private @Nullable Long quoteSpeaker(ArticleQuoteInput input, UserErrors errors, String[] at) {
		if ((input.speaker() == null) == (input.speakerSlug() == null)) {
			errors.add(Code.INVALID, "Give exactly one of 'speaker' and 'speakerSlug'", at);
			return null;
		}
		if (input.speaker() != null) {
			Speaker speaker = this.facts.reference(Speaker.class, input.speaker(), errors, path(at, "speaker"));
			return (speaker != null) ? speaker.getId() : null;
		}
		// mentions are resolved first, so a speaker this input creates is found here
		Optional<Speaker> speaker = this.storedSpeakers.findBySlug(input.speakerSlug());
		if (speaker.isEmpty()) {
			errors.add(Code.NOT_FOUND, "No speaker with this slug, stored or in 'mentions'", path(at, "speakerSlug"));
			return null;
		}
		return speaker.get().getId();
	}

	private void cite(Article article, Citation citation) {
		SourceTables.cite(this.jdbc, citation.type(), citation.subjectId(), article.getId(), citation.start(),
				citation.end());
	}

	/** Moves each citation of the article to where its passage is in the new body; one whose passage is gone keeps no offsets. */
	private void relocateCitations(long articleId, String oldBody, String newBody) {
		this.entityManager.flush();
		for (String type : SourceTables.SOURCED_TYPES) {
			String table = SourceTables.of(type);
			record Cited(long subjectId, int start, int end) {
			}
			List<Cited> cited = this.jdbc.sql("select subject_id, start_offset, end_offset from " + table
					+ " where article_id = ? and start_offset is not null")
				.param(articleId)
				.query((rs, row) -> new Cited(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
				.list();
			for (Cited citation : cited) {
				String passage = oldBody.substring(citation.start(), citation.end());
				int found = newBody.indexOf(passage);
				this.jdbc.sql("update " + table + " set start_offset = ?, end_offset = ? where subject_id = ? and article_id = ?")
					.params((found >= 0) ? found : null, (found >= 0) ? found + passage.length() : null,
							citation.subjectId(), articleId)
					.update();
			}
		}
	}

	private static void atMost(List<?> parts, UserErrors errors, String field) {
		if (parts.size() > MAX_PARTS) {
			errors.add(Code.INVALID, "At most " + MAX_PARTS + " per article", "input", field);
		}
	}

	private static int count(Object... values) {
		int given = 0;
		for (Object value : values) {
			given += (value != null) ? 1 : 0;
		}
		return given;
	}

	/** The publisher and a hash of the URL, e.g. {@code azernews-3f1c0a9b2d4e}. */
	private static String defaultSlug(PublishArticleInput input) {
		String publisher = input.publisher().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		publisher = publisher.substring(0, Math.min(publisher.length(), 100));
		return (publisher.isEmpty() ? "article" : publisher) + "-"
				+ HexFormat.of().formatHex(sha256(input.url().getBytes(StandardCharsets.UTF_8)), 0, 6);
	}

	/** A hash of the publish as sent, but for its key: its input as JSON, fields in schema order. */
	private static String fingerprint(PublishArticleInput input) {
		ObjectNode payload = JSON.valueToTree(input);
		payload.remove("idempotencyKey");
		return HexFormat.of().formatHex(sha256(JSON.writeValueAsBytes(payload)));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
