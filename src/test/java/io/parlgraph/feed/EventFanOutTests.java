package io.parlgraph.feed;

import java.time.Duration;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Many subscribers of one event cost one lookup of its article, not one each. */
@WriteTest
class EventFanOutTests {

	private static final int SUBSCRIBERS = 12;

	@LocalServerPort
	private int port;

	@Autowired
	private EventFeed feed;

	@MockitoSpyBean
	private NodeLookup nodes;

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
		verify(this.nodes, times(1)).find(ArgumentMatchers.<Collection<GlobalId>>argThat(ids -> ids.contains(GlobalId.decode(id))));
	}

	private record Article(String id, String headline) {
	}

}
