package io.parlgraph.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.parlgraph.Api;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscriber that stops reading its stream holds up nobody else: other subscribers go
 * on receiving, new ones can start, the event reader stays healthy, and the stalled one
 * is dropped.
 */
@WriteTest
class StalledSubscriberTests {

	// language=GraphQL
	private static final String WITH_BODIES = """
			subscription($after: String) { articlePublished(after: $after) { cursor article { id body } } }""";

	// language=GraphQL
	private static final String IDS = """
			subscription($after: String) { articlePublished(after: $after) { cursor article { id } } }""";

	/**
	 * Enough text that a few dozen events overflow every socket buffer between server and
	 * a client that stopped reading.
	 */
	private static final String LONG_BODY = "Speaker Sahiba Gafarova received a delegation in Baku. ".repeat(2_000);

	private static final int ARTICLES = 80;

	@LocalServerPort
	private int port;

	@Autowired
	private EventFeed feed;

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
	void aServerSentEventsSubscriberThatStopsReadingDelaysNoOtherSubscriber() throws Exception {
		// both subscribe from the log's head, so each gets every article whenever it
		// starts listening
		String head = ArticleEvent.cursorOf(this.log.head());
		try (Socket stalled = stalledEventStream(WITH_BODIES, head)) {
			CompletableFuture<List<Map<String, Object>>> reading = eventsAfter(head, ARTICLES);

			List<String> published = new ArrayList<>();
			for (int i = 0; i < ARTICLES; i++) {
				published
					.add(this.api.publish(this.editor, "https://wire.example/stall-" + i, Map.of("body", LONG_BODY)));
			}

			List<Map<String, Object>> received = reading.get(30, TimeUnit.SECONDS);
			assertThat(articleIds(received)).containsExactlyElementsOf(published);
			assertThat(this.feed.health().getStatus()).isEqualTo(Status.UP);

			// a new subscriber can start meanwhile
			CompletableFuture<List<Map<String, Object>>> late = eventsAfter(
					(String) received.get(received.size() - 1).get("cursor"), 1);
			String next = this.api.publish(this.editor, "https://wire.example/stall-after", Map.of());
			assertThat(articleIds(late.get(30, TimeUnit.SECONDS))).containsExactly(next);

			// the write timeout (20 s) ends the stalled stream: the server closes its
			// connection
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> isClosedByServer(stalled));
		}
	}

	/**
	 * A subscription over SSE whose client reads the response headers and then nothing
	 * more.
	 */
	private Socket stalledEventStream(String document, String after) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.connect(new InetSocketAddress("127.0.0.1", this.port));
		byte[] json = body(document, Map.of("after", after)).getBytes(StandardCharsets.UTF_8);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Accept: text/event-stream\r\nContent-Length: " + json.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(json);
		out.flush();
		InputStream in = socket.getInputStream();
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			assertThat(next).as("the response headers").isNotNegative();
			head.append((char) next);
		}
		assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("text/event-stream");
		return socket;
	}

	/**
	 * Whether the server closed the connection: writing to it then fails, once the server
	 * has reset it.
	 */
	private static boolean isClosedByServer(Socket socket) {
		try {
			socket.getOutputStream().write('\n');
			socket.getOutputStream().flush();
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	@SuppressWarnings("unchecked")
	private CompletableFuture<List<Map<String, Object>>> eventsAfter(String after, int count) {
		return this.api.webSocket()
			.document(IDS)
			.variable("after", after)
			.executeSubscription()
			.toFlux("articlePublished", Map.class)
			.map(event -> (Map<String, Object>) event)
			.take(count)
			.collectList()
			.toFuture();
	}

	@SuppressWarnings("unchecked")
	private static List<String> articleIds(List<Map<String, Object>> events) {
		return events.stream().map(event -> (String) ((Map<String, Object>) event.get("article")).get("id")).toList();
	}

}
