package io.parlgraph.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.parlgraph.Api;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.NodeLookup;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Many subscribers of one event cost one lookup of its article, not one each, and one
 * execution of each distinct selection asked of it.
 */
@WriteTest
class EventFanOutTests {

	private static final int SUBSCRIBERS = 12;

	@LocalServerPort
	private int port;

	@Autowired
	private EventFeed feed;

	@MockitoSpyBean
	private NodeLookup nodes;

	@MockitoSpyBean
	private ArticleEventHistory history;

	@Test
	void aPublishedArticleIsLookedUpOnceForAllItsSubscribers() {
		Api api = new Api(this.port);
		WebSocketGraphQlTester client = api.webSocket();
		List<CompletableFuture<Article>> received = IntStream.range(0, SUBSCRIBERS)
			.mapToObj(i -> client.document("subscription { articlePublished { article { id headline } } }")
				.executeSubscription()
				.toFlux("articlePublished.article", Article.class)
				.next()
				.toFuture())
			.toList();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ((Number) this.feed.health().getDetails().get("subscribers")).intValue() >= SUBSCRIBERS);

		String id = api.publish(api.withKey(api.newKey("EDITOR")), "https://wire.example/fan-out", Map.of());

		assertThat(received).allSatisfy(article -> assertThat(article.join())
			.isEqualTo(new Article(id, "Headline of https://wire.example/fan-out")));
		verify(this.nodes, times(1))
			.find(ArgumentMatchers.<Collection<GlobalId>>argThat(ids -> ids.contains(GlobalId.decode(id))));
	}

	@Test
	void subscribersWhoAskTheSameOfAnEventShareOneExecutionOfIt() {
		Api api = new Api(this.port);
		String editorKey = api.newKey("EDITOR");
		String sameDocument = "subscription { articlePublished { articleAtEvent { headline } } }";
		List<CompletableFuture<String>> received = new ArrayList<>();
		// ten asking the same, anonymously: one execution among them
		IntStream.range(0, 10).forEach(i -> received.add(headline(api.webSocket(), sameDocument)));
		// the same document from an editor, whose key may see more: an execution of its
		// own
		received.add(headline(api.webSocket(editorKey), sameDocument));
		// other variables: an execution of their own
		received.add(headline(api.webSocket(),
				"subscription($f: ArticleEventFilter) { articlePublished(filter: $f) { articleAtEvent { headline } } }",
				Map.of("f", Map.of("language", "en"))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ((Number) this.feed.health().getDetails().get("subscribers")).intValue() >= received.size());
		clearInvocations(this.history);

		api.publish(api.withKey(editorKey), "https://wire.example/shared", Map.of());

		assertThat(received)
			.allSatisfy(headline -> assertThat(headline.join()).isEqualTo("Headline of https://wire.example/shared"));
		// articleAtEvent is read per execution, so its reads count the executions
		verify(this.history, times(3)).articlesAt(any());
	}

	private static CompletableFuture<String> headline(WebSocketGraphQlTester client, String document) {
		return headline(client, document, Map.of());
	}

	private static CompletableFuture<String> headline(WebSocketGraphQlTester client, String document,
			Map<String, Object> variables) {
		return client.document(document)
			.variables(variables)
			.executeSubscription()
			.toFlux("articlePublished.articleAtEvent.headline", String.class)
			.next()
			.toFuture();
	}

	private record Article(String id, String headline) {
	}

}
