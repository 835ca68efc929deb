package io.parlgraph.feed;

import java.util.List;
import java.util.Map;

import io.parlgraph.Api;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event log as a history: paged oldest first, filtered, each event with the article
 * as it was then.
 */
@WriteTest
class ArticleEventHistoryTests {

	// language=GraphQL
	private static final String HISTORY = """
			query($after: String, $first: Int, $filter: ArticleEventFilter) {
			  articleEvents(after: $after, first: $first, filter: $filter) {
			    edges { cursor node {
			      cursor kind occurredAt reason revision
			      article { id body }
			      articleAtEvent { revision headline body retraction { reason } }
			    } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	private static final String ORIGINAL = "Speaker Sahiba Gafarova received a delegation in Baku.";

	@LocalServerPort
	private int port;

	@Autowired
	private EventLog log;

	private Api api;

	private HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
	}

	@Test
	void theHistoryPagesFromNowOldestFirstAndEndsWhereTheLogEnds() {
		String now = latestCursor();
		List<String> published = List.of(publish("https://wire.example/history-1"),
				publish("https://wire.example/history-2"), publish("https://wire.example/history-3"));

		GraphQlTester.Response first = history(now, 2, null);
		first.path("articleEvents.edges[*].node.article.id")
			.entityList(String.class)
			.containsExactly(published.get(0), published.get(1));
		first.path("articleEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String endCursor = first.path("articleEvents.pageInfo.endCursor").entity(String.class).get();
		first.path("articleEvents.edges[1].cursor").entity(String.class).isEqualTo(endCursor);

		GraphQlTester.Response second = history(endCursor, 2, null);
		second.path("articleEvents.edges[*].node.article.id")
			.entityList(String.class)
			.containsExactly(published.get(2));
		second.path("articleEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("articleEvents.edges[0].node.cursor").entity(String.class).isEqualTo(latestCursor());

		history(latestCursor(), null, null).path("articleEvents.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void withoutAfterTheHistoryStartsAtTheFirstEventOfTheLog() {
		publish("https://wire.example/history-beginning");
		long oldest = this.log.read(0, Long.MAX_VALUE, 1).get(0).sequence();

		GraphQlTester.Response response = history(null, 1, null);

		response.path("articleEvents.edges[0].cursor").entity(String.class).isEqualTo(ArticleEvent.cursorOf(oldest));
		response.path("articleEvents.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void eachEventShowsTheArticleAsItWasRightAfterIt() {
		String now = latestCursor();
		String id = publish("https://wire.example/history-as-it-was");
		correct(id, 0, "First correction: the meeting was in Ganja.");
		correct(id, 1, "Second correction: the meeting was in Sumgait.");
		this.api.retract(this.editor, id, 2, "Withdrawn by the wire");

		List<Map<String, Object>> events = nodes(history(now, null, null));

		assertThat(events).extracting(event -> event.get("kind"))
			.containsExactly("PUBLISHED", "CORRECTED", "CORRECTED", "RETRACTED");
		assertThat(events).extracting(event -> atEvent(event).get("body"))
			.containsExactly(ORIGINAL, "First correction: the meeting was in Ganja.",
					"Second correction: the meeting was in Sumgait.", "Second correction: the meeting was in Sumgait.");
		assertThat(events).extracting(event -> atEvent(event).get("revision")).containsExactly(1, 2, 3, 3);
		assertThat(events).extracting(event -> (Object) atEvent(event).get("retraction"))
			.containsExactly(null, null, null, Map.of("reason", "Withdrawn by the wire"));
		assertThat(events).extracting(event -> article(event).get("body"))
			.containsOnly("Second correction: the meeting was in Sumgait.");
	}

	@Test
	void theHistoryTakesTheSubscriptionsFilterWithKinds() {
		String now = latestCursor();
		String milliMajlis = "UGFybGlhbWVudDoy";
		String mentioning = publish("https://wire.example/history-filter-1",
				Map.of("mentions", List.of(Map.of("id", milliMajlis))));
		String other = publish("https://wire.example/history-filter-2");
		correct(mentioning, 0, "Corrected: " + ORIGINAL);
		correct(other, 0, "Corrected too: " + ORIGINAL);

		List<Map<String, Object>> corrections = nodes(
				history(now, null, Map.of("kinds", List.of("CORRECTED"), "parliament", milliMajlis)));
		List<Map<String, Object>> english = nodes(history(now, null, Map.of("language", "en")));

		assertThat(corrections).extracting(event -> article(event).get("id")).containsExactly(mentioning);
		assertThat(corrections).extracting(event -> event.get("kind")).containsExactly("CORRECTED");
		assertThat(english).hasSize(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "bogus", "", "ZXZlbnQ6LTE", "Y3Vyc29yOjE" })
	void aMalformedCursorIsABadRequestNamingAfter(String cursor) {
		assertBadRequest(history(cursor, null, null), "Malformed cursor '" + cursor + "' in 'after'");
	}

	@Test
	void aCursorBeyondTheEndOfTheLogIsABadRequest() {
		assertBadRequest(history(ArticleEvent.cursorOf(this.log.head() + 1000), null, null),
				"lies beyond the end of the event log");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101 })
	void aPageSizeOutsideOneTo100IsABadRequest(int first) {
		assertBadRequest(history(null, first, null), "'first' must be between 1 and 100, but was " + first);
	}

	@Test
	void anEmptyListOfKindsIsABadRequest() {
		assertBadRequest(history(null, null, Map.of("kinds", List.of())), "'kinds' in the filter is empty");
	}

	private GraphQlTester.Response history(String after, Integer first, Map<String, Object> filter) {
		return this.api.anonymous()
			.document(HISTORY)
			.variable("after", after)
			.variable("first", first)
			.variable("filter", filter)
			.execute();
	}

	private String latestCursor() {
		return this.api.anonymous()
			.document("{ latestArticleEventCursor }")
			.execute()
			.path("latestArticleEventCursor")
			.entity(String.class)
			.get();
	}

	private String publish(String url) {
		return publish(url, Map.of());
	}

	private String publish(String url, Map<String, Object> extra) {
		return this.api.publish(this.editor, url, extra);
	}

	private void correct(String id, int version, String body) {
		this.api.correct(this.editor, id, version, Map.of("body", body));
	}

	private static List<Map<String, Object>> nodes(GraphQlTester.Response response) {
		response.errors().verify();
		return response.path("articleEvents.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map(ArticleEventHistoryTests::map)
			.toList();
	}

	private static Map<String, Object> atEvent(Map<String, Object> event) {
		return map(event.get("articleAtEvent"));
	}

	private static Map<String, Object> article(Map<String, Object> event) {
		return map(event.get("article"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static void assertBadRequest(GraphQlTester.Response response, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(message);
		}));
	}

}
