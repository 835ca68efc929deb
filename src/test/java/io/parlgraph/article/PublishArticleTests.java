package io.parlgraph.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.parlgraph.Api;
import io.parlgraph.QuietLoggers;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code publishArticle}: all or nothing, idempotent, with user errors for bad input. */
@WriteTest
class PublishArticleTests {

	private static final String MILLI_MAJLIS = "UGFybGlhbWVudDoy";

	private static final String BODY = "Speaker Sahiba Gafarova met Leyla Mammadli in Baku. \"We are one nation, two states,\" Mammadli said.";

	private static final String PUBLISH = """
			mutation($in: PublishArticleInput!) {
			  publishArticle(input: $in) {
			    article { id slug headline version revision
			      parliaments { edges { node { slug } } }
			      speakers { edges { node { slug name } } }
			      quotes { edges { node { text speaker { slug } sources { edges { node { passage } } } } } } }
			    userErrors { field message code }
			  }
			}""";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private Api api;

	private HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
	}

	@Test
	void publishesAnArticleWithItsMentionsAndQuotesInOneGo() {
		long eventsBefore = count("article_event");
		var response = publish(input("https://wire.example/one-nation", Map.of()));

		response.path("publishArticle.userErrors").entityList(Object.class).hasSize(0);
		response.path("publishArticle.article.revision").entity(Integer.class).isEqualTo(1);
		response.path("publishArticle.article.slug")
			.entity(String.class)
			.satisfies(slug -> assertThat(slug).startsWith("test-wire-"));
		response.path("publishArticle.article.parliaments.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("milli-majlis");
		response.path("publishArticle.article.speakers.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("leyla-mammadli");
		response.path("publishArticle.article.quotes.edges[0].node").entity(Map.class).satisfies(quote -> {
			assertThat(quote).containsEntry("text", "We are one nation, two states");
			assertThat(quote.toString()).contains("slug=leyla-mammadli", "passage=We are one nation, two states");
		});
		assertThat(count("article_event")).isEqualTo(eventsBefore + 1);
	}

	@Test
	void sendingTheSamePublishAgainReturnsTheStoredArticleAndPublishesNoSecondEvent() {
		String first = publish(input("https://wire.example/twice", Map.of("idempotencyKey", "key-twice")))
			.path("publishArticle.article.id")
			.entity(String.class)
			.get();
		long events = count("article_event");
		long articles = count("article");

		String sameUrl = publish(input("https://wire.example/twice", Map.of())).path("publishArticle.article.id")
			.entity(String.class)
			.get();
		String sameKey = publish(input("https://wire.example/twice", Map.of("idempotencyKey", "key-twice")))
			.path("publishArticle.article.id")
			.entity(String.class)
			.get();

		assertThat(List.of(sameUrl, sameKey)).containsOnly(first);
		assertThat(count("article_event")).isEqualTo(events);
		assertThat(count("article")).isEqualTo(articles);
	}

	@Test
	void reusingAKeyForAnotherArticleIsAConflictAndStoresNothing() {
		publish(input("https://wire.example/keyed", Map.of("idempotencyKey", "key-reused")))
			.path("publishArticle.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		long events = count("article_event");
		long articles = count("article");

		var response = publish(input("https://wire.example/keyed-other", Map.of("idempotencyKey", "key-reused")));

		response.path("publishArticle.article").valueIsNull();
		response.path("publishArticle.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> assertThat(error).containsEntry("field", List.of("input", "idempotencyKey"))
				.containsEntry("code", "CONFLICT"));
		assertThat(List.of(count("article"), count("article_event"))).containsExactly(articles, events);
	}

	@Test
	// each round's losers are refused by a unique index: asserted as CONFLICT, not
	// printed by Hibernate
	@QuietLoggers("org.hibernate.orm.jdbc.error")
	void differentArticlesUnderOneKeyAtOnceStoreOneAndRefuseTheOthersAsConflicts() {
		for (int round = 0; round < 10; round++) {
			String key = "key-at-once-" + round;
			List<CompletableFuture<GraphQlTester.Response>> all = List.of(1, 2, 3)
				.stream()
				.map(n -> CompletableFuture.supplyAsync(
						() -> publish(input("https://wire.example/" + key + "-" + n, Map.of("idempotencyKey", key)))))
				.toList();

			List<String> codes = all.stream()
				.map(CompletableFuture::join)
				.flatMap(response -> response.path("publishArticle.userErrors[*].code")
					.entityList(String.class)
					.get()
					.stream())
				.toList();
			assertThat(codes).containsExactly("CONFLICT", "CONFLICT");
			assertThat(this.jdbc.sql("select count(*) from article where idempotency_key = ?")
				.param(key)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	@QuietLoggers("org.hibernate.orm.jdbc.error")
	void identicalPublishesAtOnceStoreOneArticleAndOneEvent() {
		for (int round = 0; round < 50; round++) {
			String url = "https://wire.example/at-once-" + round;
			long events = count("article_event");
			List<CompletableFuture<String>> all = List.of(publishAsync(url), publishAsync(url), publishAsync(url));

			assertThat(all.stream().map(CompletableFuture::join).distinct()).hasSize(1);
			assertThat(
					this.jdbc.sql("select count(*) from article where url = ?").param(url).query(Long.class).single())
				.isEqualTo(1);
			assertThat(count("article_event")).isEqualTo(events + 1);
		}
	}

	@Test
	@QuietLoggers("org.hibernate.orm.jdbc.error")
	void articlesCreatingTheSameNewSpeakerAtOnceStoreItOnceAndRefuseTheOthersAsConflicts() {
		for (int round = 0; round < 5; round++) {
			String slug = "speaker-at-once-" + round;
			Map<String, Object> speaker = Map.of("speaker",
					Map.of("slug", slug, "name", "Same Speaker", "country", "AZ"));
			List<CompletableFuture<List<String>>> all = IntStream.range(0, 10)
				.mapToObj(
						n -> CompletableFuture.supplyAsync(() -> publish(input("https://wire.example/" + slug + "-" + n,
								Map.of("mentions", List.of(speaker), "quotes", List.of())))
							.path("publishArticle.userErrors[*].code")
							.entityList(String.class)
							.get()))
				.toList();

			List<List<String>> codes = all.stream().map(CompletableFuture::join).toList();
			assertThat(codes).contains(List.of())
				.allSatisfy(errors -> assertThat(errors).isIn(List.of(), List.of("CONFLICT")));
			assertThat(
					this.jdbc.sql("select count(*) from speaker where slug = ?").param(slug).query(Long.class).single())
				.isEqualTo(1);
		}
	}

	@Test
	void twoMentionsCreatingOneSlugWithDifferentValuesAreAUserError() {
		long speakers = count("speaker");
		var response = publish(input("https://wire.example/one-slug-twice", Map.of("mentions",
				List.of(Map.of("speaker", Map.of("slug", "one-slug-twice", "name", "First Name", "country", "AZ")),
						Map.of("speaker", Map.of("slug", "one-slug-twice", "name", "Second Name", "country", "TR"))),
				"quotes", List.of())));

		response.path("publishArticle.article").valueIsNull();
		response.path("publishArticle.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> assertThat(error)
				.containsEntry("field", List.of("input", "mentions", "1", "speaker", "slug"))
				.containsEntry("code", "INVALID"));
		assertThat(count("speaker")).isEqualTo(speakers);
	}

	@Test
	void twoMentionsCreatingOneSlugWithTheSameValuesCreateItOnce() {
		Map<String, Object> speaker = Map.of("speaker",
				Map.of("slug", "same-slug-twice", "name", "Same Name", "country", "AZ"));
		publish(input("https://wire.example/same-slug-twice",
				Map.of("mentions", List.of(speaker, speaker), "quotes", List.of())))
			.path("publishArticle.article.speakers.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("same-slug-twice");
	}

	private CompletableFuture<String> publishAsync(String url) {
		return CompletableFuture.supplyAsync(
				() -> publish(input(url, Map.of())).path("publishArticle.article.id").entity(String.class).get());
	}

	static List<Arguments> badInputs() {
		return List.of(Arguments.of(Map.of("headline", " "), List.of("input", "headline"), "REQUIRED"),
				Arguments.of(Map.of("headline", "x".repeat(501)), List.of("input", "headline"), "INVALID"),
				Arguments.of(Map.of("slug", "Not A Slug"), List.of("input", "slug"), "INVALID"),
				Arguments.of(Map.of("mentions", List.of(Map.of("id", "UGFybGlhbWVudDo5OTk5"))),
						List.of("input", "mentions", "0", "id"), "NOT_FOUND"),
				Arguments.of(Map.of("mentions", List.of(Map.of("id", "QXJ0aWNsZTox"))),
						List.of("input", "mentions", "0", "id"), "INVALID"),
				Arguments.of(Map.of("mentions", List.of(Map.of("id", MILLI_MAJLIS, "passage", "not in the body"))),
						List.of("input", "mentions", "0", "passage"), "INVALID"),
				Arguments.of(
						Map.of("mentions",
								List.of(Map.of("event",
										Map.of("slug", "backwards", "kind", "SUMMIT", "name", "Backwards", "startDate",
												"2024-05-02", "endDate", "2024-05-01")))),
						List.of("input", "mentions", "0", "event", "endDate"), "INVALID"),
				Arguments.of(Map.of("quotes", List.of(quote(40, 4000))), List.of("input", "quotes", "0", "endOffset"),
						"INVALID"),
				Arguments.of(Map.of("quotes", List.of(quote(-1, 10))), List.of("input", "quotes", "0", "startOffset"),
						"INVALID"),
				// the body's first two characters are one emoji, a surrogate pair: a
				// passage may not split it
				Arguments.of(Map.of("body", "\uD83C\uDDE6 " + BODY, "quotes", List.of(quote(1, 4))),
						List.of("input", "quotes", "0", "startOffset"), "INVALID"),
				Arguments.of(
						Map.of("body", BODY + " \uD83C\uDDE6", "quotes",
								List.of(quote(BODY.length() - 3, BODY.length() + 2))),
						List.of("input", "quotes", "0", "endOffset"), "INVALID"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsAUserErrorAndNothingIsWritten(Map<String, Object> change, List<String> field, String code) {
		long articles = count("article");
		long speakers = count("speaker");
		long events = count("article_event");

		var response = publish(input("https://wire.example/bad-" + field.hashCode() + code, change));

		response.path("publishArticle.article").valueIsNull();
		response.path("publishArticle.userErrors[*].field").entityList(Object.class).contains(field);
		response.path("publishArticle.userErrors[*].code").entityList(String.class).contains(code);
		assertThat(List.of(count("article"), count("speaker"), count("article_event"))).containsExactly(articles,
				speakers, events);
	}

	@Test
	void aQuoteItCarriesGetsTheChecksOfCreateQuoteAsItsSlugTakenIsAUserError() {
		this.jdbc.sql("insert into quote (slug, speaker_id, content, language, kind, medium, said_on)"
				+ " values ('held-by-a-quote-quote-1', 1, 'Already here', 'en', 'DIRECT', 'STATEMENT', '2024-05-01')")
			.update();
		long articles = count("article");
		long events = count("article_event");

		var response = publish(input("https://wire.example/quote-slug-taken", Map.of("slug", "held-by-a-quote")));

		response.path("publishArticle.article").valueIsNull();
		response.path("publishArticle.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> assertThat(error).containsEntry("field", List.of("input", "quotes", "0", "slug"))
				.containsEntry("code", "TAKEN"));
		assertThat(List.of(count("article"), count("article_event"))).containsExactly(articles, events);
	}

	@Test
	void aUrlThatIsNotHttpIsRefusedBeforeAnythingRuns() {
		long articles = count("article");
		publish(input("ftp://wire.example/file", Map.of())).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("http")));
		assertThat(count("article")).isEqualTo(articles);
	}

	static List<Arguments> unstorableInputs() {
		return List
			.of(Arguments.of(Map.of("headline", "One nation\u0000two states"), "'input.headline'"),
					Arguments.of(Map.of("publishedAt", "+10000-05-01T09:00:00+04:00"), "'input.publishedAt'"),
					Arguments.of(Map.of("language", "en" + "-abcdefgh".repeat(450)), "'input.language'"),
					Arguments.of(Map.of("quotes", List.of(with(quote(53, 82), "saidOn", "0000-05-01"))),
							"'input.quotes[0].saidOn'"),
					Arguments.of(
							Map.of("mentions",
									List.of(Map.of("speaker", Map.of("slug", "half-a-pair", "name",
											"Half \uD83C a pair", "country", "AZ")))),
							"'input.mentions[0].speaker.name'"));
	}

	@ParameterizedTest
	@MethodSource("unstorableInputs")
	void aValueNoDatabaseCanStoreIsABadRequestNamingTheFieldAndNothingIsWritten(Map<String, Object> change,
			String field) {
		long articles = count("article");
		long speakers = count("speaker");

		publish(input("https://wire.example/unstorable-" + field.hashCode(), change)).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains(field);
			}));
		assertThat(List.of(count("article"), count("speaker"))).containsExactly(articles, speakers);
	}

	private GraphQlTester.Response publish(Map<String, Object> input) {
		return this.editor.document(PUBLISH).variable("in", input).execute();
	}

	/**
	 * An article citing the Milli Majlis, creating a speaker by slug, and carrying the
	 * speaker's quote.
	 */
	private static Map<String, Object> input(String url, Map<String, Object> change) {
		Map<String, Object> input = new HashMap<>(Map.of("url", url, "headline", "One nation, two states", "publisher",
				"Test Wire", "publishedAt", "2024-05-01T09:00:00+04:00", "language", "en", "body", BODY, "mentions",
				List.of(Map.of("id", MILLI_MAJLIS, "passage", "Sahiba Gafarova"),
						Map.of("speaker", Map.of("slug", "leyla-mammadli", "name", "Leyla Mammadli", "country", "AZ"))),
				"quotes", List.of(quote(53, 82))));
		input.putAll(change);
		return input;
	}

	private static Map<String, Object> quote(int start, int end) {
		return Map.of("speakerSlug", "leyla-mammadli", "text", "We are one nation, two states", "language", "en",
				"kind", "DIRECT", "medium", "STATEMENT", "saidOn", "2024-05-01", "startOffset", start, "endOffset",
				end);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> changed = new HashMap<>(map);
		changed.put(key, value);
		return changed;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
