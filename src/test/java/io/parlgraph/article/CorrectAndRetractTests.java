package io.parlgraph.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.parlgraph.Api;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections keep the old text, retractions hide without deleting, and both refuse stale
 * versions.
 */
@WriteTest
class CorrectAndRetractTests {

	private static final String CORRECT = """
			mutation($in: CorrectArticleInput!) {
			  correctArticle(input: $in) { article { version revision body } userErrors { field code } }
			}""";

	private static final String RETRACT = """
			mutation($in: RetractArticleInput!) {
			  retractArticle(input: $in) { article { version retraction { reason retractedAt } } userErrors { field code } }
			}""";

	@LocalServerPort
	private int port;

	private Api api;

	private HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
	}

	@Test
	void aCorrectionMakesANewRevisionKeepsTheOldTextAndMovesCitations() {
		String id = this.api.publish(this.editor, "https://wire.example/to-correct",
				Map.of("mentions", List.of(Map.of("id", "UGFybGlhbWVudDoy", "passage", "Sahiba Gafarova"))));
		String corrected = "Correction: the meeting was in Ganja. Speaker Sahiba Gafarova received a delegation.";

		this.editor.document(CORRECT)
			.variable("in", Map.of("id", id, "version", 0, "body", corrected, "note", "The city was wrong"))
			.execute()
			.path("correctArticle.article")
			.entity(Map.class)
			.satisfies(article -> assertThat(article).containsEntry("revision", 2).containsEntry("version", 1));

		var article = this.api.anonymous()
			.document(
					"query($id: ID!) { node(id: $id) { ... on Article { body revisions { edges { node { revision body note } } }"
							+ " parliaments { edges { node { sources { edges { node { article { id } passage } } } } } } } } }")
			.variable("id", id)
			.execute();
		article.path("node.body").entity(String.class).isEqualTo(corrected);
		article.path("node.revisions.edges[0].node")
			.entity(Map.class)
			.satisfies(revision -> assertThat(revision).containsEntry("revision", 1)
				.containsEntry("body", "Speaker Sahiba Gafarova received a delegation in Baku.")
				.containsEntry("note", "The city was wrong"));
		article.path("node.parliaments.edges[0].node.sources.edges[?(@.node.article.id == '" + id + "')].node.passage")
			.entityList(String.class)
			.containsExactly("Sahiba Gafarova");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		String id = this.api.publish(this.editor, "https://wire.example/conflict", Map.of());
		this.editor.document(CORRECT).variable("in", Map.of("id", id, "version", 0, "headline", "First fix")).execute();

		this.editor.document(CORRECT)
			.variable("in", Map.of("id", id, "version", 0, "headline", "Lost update"))
			.execute()
			.path("correctArticle.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> assertThat(error).containsEntry("code", "CONFLICT"));
		this.editor.document(RETRACT)
			.variable("in", Map.of("id", id, "version", 0, "reason", "Stale"))
			.execute()
			.path("retractArticle.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		this.api.anonymous()
			.document("query($id: ID!) { node(id: $id) { ... on Article { headline version retraction { reason } } } }")
			.variable("id", id)
			.execute()
			.path("node")
			.entity(Map.class)
			.satisfies(article -> assertThat(article).containsEntry("headline", "First fix")
				.containsEntry("version", 1)
				.containsEntry("retraction", null));
	}

	@Test
	void correctionsOfOneVersionAtOnceStoreOneAndRefuseTheOthersAsConflicts() {
		for (int round = 0; round < 10; round++) {
			String id = this.api.publish(this.editor, "https://wire.example/corrected-at-once-" + round, Map.of());
			List<CompletableFuture<List<String>>> all = IntStream.range(0, 4)
				.mapToObj(n -> CompletableFuture.supplyAsync(() -> this.editor.document(CORRECT)
					.variable("in", Map.of("id", id, "version", 0, "headline", "Fix number " + n))
					.execute()
					.path("correctArticle.userErrors[*].code")
					.entityList(String.class)
					.get()))
				.toList();

			assertThat(all.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(List.of(),
					List.of("CONFLICT"), List.of("CONFLICT"), List.of("CONFLICT"));
		}
	}

	@Test
	void aRetractedArticleLeavesListsAndSearchButStaysReadableById() {
		String id = this.api.publish(this.editor, "https://wire.example/retracted",
				Map.of("headline", "Quixotic zeppelin summit announced"));
		HttpGraphQlTester reader = this.api.anonymous();
		assertThat(searchHits(reader, "quixotic zeppelin")).isEqualTo(1);

		this.editor.document(RETRACT)
			.variable("in", Map.of("id", id, "version", 0, "reason", "The summit was a hoax"))
			.execute()
			.path("retractArticle.article.retraction.reason")
			.entity(String.class)
			.isEqualTo("The summit was a hoax");

		assertThat(searchHits(reader, "quixotic zeppelin")).isZero();
		reader.document("{ articles(first: 100) { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(id);
		reader.document("{ articles(first: 100, filter: {includeRetracted: true}) { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		reader.document("query($id: ID!) { node(id: $id) { ... on Article { retraction { reason } } } }")
			.variable("id", id)
			.execute()
			.path("node.retraction.reason")
			.entity(String.class)
			.isEqualTo("The summit was a hoax");
	}

	private static int searchHits(HttpGraphQlTester reader, String query) {
		return reader.document("query($q: String!) { search(query: $q, types: [ARTICLE]) { totalCount } }")
			.variable("q", query)
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.get();
	}

}
