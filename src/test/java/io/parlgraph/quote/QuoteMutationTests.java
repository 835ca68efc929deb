package io.parlgraph.quote;

import java.util.Map;
import java.util.stream.Stream;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.write.Editing;
import io.parlgraph.write.Editing.Problem;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.parlgraph.write.Editing.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code createQuote} and {@code updateQuote}: quotes cited by the article that reports
 * them.
 */
@WriteTest
class QuoteMutationTests {

	private static final String FIELDS = "id slug text language kind medium saidOn url version speaker { slug }"
			+ " visit { slug } translationOf { slug } sources { edges { node { passage article { slug } } } }";

	private static final String PASSAGE = "bilateral relations are at their peak";

	@Autowired
	private Editing editing;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aCreatedQuoteIsReadableWithItsSourceAndFoundBySearchAtOnce() {
		String id = this.editing.create("Quote", quote("sentop-peak", PASSAGE), FIELDS).written().id();

		var read = this.editing.read(id, "... on Quote { text speaker { slug } visit { slug } translationOf { slug }"
				+ " sources { edges { node { passage article { slug } } } } }");
		read.path("node.speaker.slug").entity(String.class).isEqualTo("mustafa-sentop");
		read.path("node.visit.slug").entity(String.class).isEqualTo("gafarova-ankara-2023-04");
		read.path("node.translationOf.slug").entity(String.class).isEqualTo("sentop-2023-04-27-relations-at-peak");
		read.path("node.sources.edges[*].node.passage").entityList(String.class).containsExactly(PASSAGE);
		read.path("node.sources.edges[0].node.article.slug").entity(String.class).isEqualTo("azernews-209189");
		assertThat(this.editing.found("QUOTE", "zirvede")).containsExactly(id);
	}

	static Stream<Arguments> badQuotes() {
		return Stream.of(arguments(named("blank text", Map.of("text", "")), Problem.of("REQUIRED", "input", "text")),
				arguments(named("slug of another", Map.of("slug", "sentop-2023-04-27-tweet-en")),
						Problem.of("TAKEN", "input", "slug")),
				arguments(named("a speaker as the original", Map.of("translationOf", GlobalId.encode("Speaker", 1))),
						Problem.of("INVALID", "input", "translationOf")),
				arguments(
						named("unknown article",
								Map.of("source",
										Map.of("article", GlobalId.encode("Article", 999_999), "startOffset", 0,
												"endOffset", 1))),
						Problem.of("NOT_FOUND", "input", "source", "article")));
	}

	@ParameterizedTest
	@MethodSource("badQuotes")
	void aBadQuoteIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> change, Problem problem) {
		String field = change.keySet().iterator().next();
		assertRefused(with(quote("bad-quote", PASSAGE), field, change.get(field)), problem);
	}

	@ParameterizedTest(name = "[{0}, {1}) is refused at {2}")
	@CsvSource({ "100000, 100001, startOffset endOffset", "-1, 5, startOffset", "10, 5, endOffset",
			"10, 10, endOffset" })
	void aPassageOutsideTheArticlesBodyIsRefused(int start, int end, String fields) {
		Map<String, Object> source = Map.of("article", article(), "startOffset", start, "endOffset", end);
		assertRefused(with(quote("bad-quote", PASSAGE), "source", source),
				Stream.of(fields.split(" "))
					.map(field -> Problem.of("INVALID", "input", "source", field))
					.toArray(Problem[]::new));
	}

	private void assertRefused(Map<String, Object> input, Problem... problems) {
		long rows = this.editing.count("quote", "quote_source", "search_document");

		assertThat(this.editing.create("Quote", input, FIELDS).problems()).containsExactlyInAnyOrder(problems);

		assertThat(this.editing.count("quote", "quote_source", "search_document")).isEqualTo(rows);
	}

	@Test
	void anUpdateMovesThePassageItCitesAndRefusesATranslationOfItself() {
		var created = this.editing.create("Quote", quote("sentop-joy-and-sorrow", PASSAGE), FIELDS).written();
		String passage = "the peoples of the two countries will always be together in joy and in sorrow";

		assertThat(this.editing
			.update("Quote", Map.of("id", created.id(), "version", created.version(), "translationOf", created.id()),
					FIELDS)
			.problems()).containsExactly(Problem.of("INVALID", "input", "translationOf"));
		var updated = this.editing.update("Quote", Map.of("id", created.id(), "version", created.version(), "text",
				"İki ülkenin halkları sevinçte ve kederde her zaman birlikte olacak", "source", source(passage)),
				FIELDS)
			.written();

		updated.path("sources.edges[*].node.passage").entityList(String.class).containsExactly(passage);
		assertThat(this.editing.found("QUOTE", "kederde")).containsExactly(created.id());
		assertThat(this.editing.found("QUOTE", "zirvede")).doesNotContain(created.id());
	}

	private Map<String, Object> quote(String slug, String passage) {
		return Map.of("slug", slug, "speaker", this.editing.id("Speaker", "mustafa-sentop"), "text",
				"İkili ilişkilerimiz zirvede", "language", "tr", "kind", "INDIRECT", "medium", "STATEMENT", "saidOn",
				"2023-04-27", "visit", this.editing.id("Visit", "gafarova-ankara-2023-04"), "translationOf",
				this.editing.id("Quote", "sentop-2023-04-27-relations-at-peak"), "source", source(passage));
	}

	private Map<String, Object> source(String passage) {
		String body = this.jdbc.sql("select body from article where slug = 'azernews-209189'")
			.query(String.class)
			.single();
		int start = body.indexOf(passage);
		assertThat(start).isNotNegative();
		return Map.of("article", article(), "startOffset", start, "endOffset", start + passage.length());
	}

	private String article() {
		return this.editing.id("Article", "azernews-209189");
	}

}
