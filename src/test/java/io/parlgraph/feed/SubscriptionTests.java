package io.parlgraph.feed;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.parlgraph.Api;
import io.parlgraph.graphql.NodeLookup;
import io.parlgraph.write.WriteTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions over graphql-ws and SSE: live, filtered, replayed from a cursor, resumed.
 */
@WriteTest
class SubscriptionTests {

	private static final String PUBLISHED = """
			subscription($filter: ArticleEventFilter, $after: String) {
			  articlePublished(filter: $filter, after: $after) { cursor kind article { id url } }
			}""";

	private static final String EVENTS = """
			subscription($filter: ArticleEventFilter, $after: String) {
			  articleEvents(filter: $filter, after: $after) { cursor kind article { id } }
			}""";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration SHORT_ASYNC_TIMEOUT = Duration.ofSeconds(1);

	@LocalServerPort
	private int port;

	@Autowired
	private EventFeed feed;

	@Autowired
	private EventLog log;

	@Autowired
	private NodeLookup nodes;

	private Api api;

	private HttpGraphQlTester editor;

	private WebSocketGraphQlTester webSocket;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
		this.webSocket = this.api.webSocket();
	}

	@Test
	void aSubscriberReceivesArticlesAsTheyArePublished() {
		Flux<Map<String, Object>> events = subscribe(Map.of());
		CompletableFuture<List<Map<String, Object>>> received = events.take(2).collectList().toFuture();
		awaitSubscribers(1);

		String first = this.api.publish(this.editor, "https://wire.example/live-1", Map.of());
		String second = this.api.publish(this.editor, "https://wire.example/live-2", Map.of());

		assertThat(articleIds(received.join())).containsExactly(first, second);
	}

	@Test
	void aFilteredSubscriberReceivesOnlyMatchingArticles() {
		CompletableFuture<List<Map<String, Object>>> received = subscribe(
				Map.of("filter", Map.of("parliament", "UGFybGlhbWVudDoy", "language", "en")))
			.take(1)
			.collectList()
			.toFuture();
		awaitSubscribers(1);

		this.api.publish(this.editor, "https://wire.example/unrelated", Map.of());
		this.api.publish(this.editor, "https://wire.example/azerbaijani",
				Map.of("language", "az", "mentions", List.of(Map.of("id", "UGFybGlhbWVudDoy"))));
		String matching = this.api.publish(this.editor, "https://wire.example/milli-majlis",
				Map.of("mentions", List.of(Map.of("id", "UGFybGlhbWVudDoy"))));

		assertThat(articleIds(received.join())).containsExactly(matching);
	}

	@Test
	void aSubscriberWithACursorGetsWhatItMissedThenLiveEventsWithoutGapOrDuplicate() {
		String cursor = cursorAtHead();
		List<String> missed = List.of(this.api.publish(this.editor, "https://wire.example/missed-1", Map.of()),
				this.api.publish(this.editor, "https://wire.example/missed-2", Map.of()));

		CompletableFuture<List<Map<String, Object>>> received = subscribe(Map.of("after", cursor)).take(3)
			.collectList()
			.toFuture();
		awaitSubscribers(1);
		String live = this.api.publish(this.editor, "https://wire.example/after-replay", Map.of());

		assertThat(articleIds(received.join())).containsExactly(missed.get(0), missed.get(1), live);
	}

	@Test
	void aSubscriberThatDropsAndResumesFromItsLastCursorMissesNothingOf1000Articles() throws Exception {
		String start = cursorAtHead();
		CompletableFuture<List<String>> published = CompletableFuture.supplyAsync(() -> {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				ids.add(this.api.publish(this.editor, "https://wire.example/burst-" + i, Map.of()));
			}
			return ids;
		});

		List<Map<String, Object>> beforeDrop = subscribe(Map.of("after", start)).take(300).collectList().block(WAIT);
		String lastCursor = (String) beforeDrop.get(beforeDrop.size() - 1).get("cursor");
		WebSocketGraphQlTester reconnected = this.api.webSocket();
		List<Map<String, Object>> afterResume = subscribe(reconnected, Map.of("after", lastCursor)).take(700)
			.collectList()
			.block(Duration.ofMinutes(2));

		List<String> received = new ArrayList<>(articleIds(beforeDrop));
		received.addAll(articleIds(afterResume));
		assertThat(received).containsExactlyElementsOf(published.get(2, TimeUnit.MINUTES));
	}

	@Test
	void aSubscriberFilteringByKindReceivesOnlyThoseKinds() {
		String cursor = cursorAtHead();
		String id = this.api.publish(this.editor, "https://wire.example/kinds", Map.of());
		this.api.correct(this.editor, id, 0, Map.of("headline", "Corrected"));
		this.api.retract(this.editor, id, 1, "Withdrawn");

		List<Map<String, Object>> received = this.webSocket.document(EVENTS)
			.variable("filter", Map.of("kinds", List.of("CORRECTED", "RETRACTED")))
			.variable("after", cursor)
			.executeSubscription()
			.toFlux("articleEvents", Map.class)
			.map(event -> (Map<String, Object>) event)
			.take(2)
			.collectList()
			.block(WAIT);

		assertThat(received).extracting(event -> event.get("kind")).containsExactly("CORRECTED", "RETRACTED");
		assertThat(articleIds(received)).containsOnly(id);
	}

	@Test
	void anEmptyListOfKindsIsRefusedRatherThanMatchingNothingForever() {
		Throwable refused = errorOf(subscribe(Map.of("filter", Map.of("kinds", List.of()))));

		assertThat(refused).isInstanceOfSatisfying(SubscriptionErrorException.class,
				ex -> assertThat(ex.getErrors()).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'kinds'");
				}));
	}

	@Test
	void aCursorBeyondTheEndOfTheLogIsRefusedRatherThanWaitingForeverInSilence() {
		// the cursor of a log that is gone, e.g. the in-memory database of a previous run
		String beyond = event(this.log.head() + 1000).cursor();

		Throwable refused = errorOf(subscribe(Map.of("after", beyond)));

		assertThat(refused).isInstanceOfSatisfying(SubscriptionErrorException.class,
				ex -> assertThat(ex.getErrors()).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'after'", "beyond the end of the event log");
				}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bogus", "" })
	void aMalformedCursorIsABadRequestNamingAfter(String cursor) {
		Throwable refused = errorOf(subscribe(Map.of("after", cursor)));

		assertThat(refused).isInstanceOfSatisfying(SubscriptionErrorException.class,
				ex -> assertThat(ex.getErrors()).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage())
						.isEqualTo("Malformed cursor '" + cursor + "' in 'after': use the cursor of an event");
				}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bogus", "" })
	void aMalformedCursorIsABadRequestNamingAfterOverServerSentEvents(String cursor) throws Exception {
		String stream = serverSentEvents(body(PUBLISHED, Map.of("after", cursor)));

		assertThat(stream).contains("BAD_REQUEST", "Malformed cursor '" + cursor + "' in 'after'", "event:complete")
			.doesNotContain("INTERNAL_ERROR");
	}

	@Test
	void anEventOfARolledBackTransactionIsNeverDelivered(@Autowired PlatformTransactionManager transactions) {
		String cursor = cursorAtHead();
		long before = this.log.head();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			this.log.append(ArticleEventKind.PUBLISHED, 1, 1, "en", null);
			status.setRollbackOnly();
		});
		String committed = this.api.publish(this.editor, "https://wire.example/after-rollback", Map.of());

		List<Map<String, Object>> received = subscribe(Map.of("after", cursor)).take(1).collectList().block(WAIT);

		assertThat(articleIds(received)).containsExactly(committed);
		assertThat(this.log.read(before, Long.MAX_VALUE, 10)).hasSize(1);
	}

	@Test
	void aConnectionMayRunAtMost20SubscriptionsAtOnce() {
		List<Disposable> running = new ArrayList<>();
		for (int i = 0; i < SubscriptionSlots.CAP; i++) {
			running.add(subscribe(Map.of()).subscribe());
		}
		awaitSubscribers(SubscriptionSlots.CAP);

		Throwable refused = errorOf(subscribe(Map.of()));

		assertThat(refused).hasMessageContaining("At most 20 subscriptions");
		running.forEach(Disposable::dispose);
	}

	@Test
	void aSubscriptionRefusedBeforeItRunsSaysWhyOverServerSentEvents() throws Exception {
		String stream = serverSentEvents(body("subscription { articlePublished { noSuchField } }"));

		assertThat(stream).contains("event:next", "noSuchField", "ValidationError", "event:complete")
			.doesNotContain("Server-Sent Events carry subscriptions only");
	}

	@Test
	void aSubscriberOverServerSentEventsOutlastsTheContainersAsyncTimeoutAndReceivesPublishedArticles(
			@Autowired WebServerApplicationContext context) throws Exception {
		// the container's default (30 s) would end a stream that sets no timeout of its
		// own;
		// shortened while the stream starts, so that the test outlasts it in seconds
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		long containerDefault = connector.getAsyncTimeout();
		HttpResponse<InputStream> response;
		connector.setAsyncTimeout(SHORT_ASYNC_TIMEOUT.toMillis());
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.POST(HttpRequest.BodyPublishers.ofString(body(PUBLISHED)))
				.build();
			response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
			awaitSubscribers(1);
		}
		finally {
			connector.setAsyncTimeout(containerDefault);
		}
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
		// Tomcat looks for expired async requests once a second
		Thread.sleep(SHORT_ASYNC_TIMEOUT.plusSeconds(2).toMillis());
		String id = this.api.publish(this.editor, "https://wire.example/over-sse", Map.of());

		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String data = lines.lines().filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
			assertThat(data).contains(id, "PUBLISHED");
		}
	}

	@Test
	void aSubscriberThatFallsTooFarBehindIsDroppedAndToldToResume() {
		EventFeed small = new EventFeed(this.log, this.nodes, Duration.ofSeconds(1), 2);
		EventFeed.Listener listener = small.listen();
		long head = listener.start();
		small.deliver(List.of(event(head + 1), event(head + 2), event(head + 3)));

		List<Long> delivered = new ArrayList<>();
		Throwable dropped = errorOf(listener.events().doOnNext(event -> delivered.add(event.sequence())));

		assertThat(delivered).containsExactly(head + 1, head + 2);
		assertThat(dropped).isInstanceOf(SlowSubscriberException.class).hasMessageContaining("'after'");
	}

	@Test
	void aNewSubscriberGetsNoEventCommittedBeforeItCameWhileTheReaderCatchesUp() {
		EventFeed lagging = new EventFeed(this.log, this.nodes, Duration.ofSeconds(1), 10);
		EventFeed.Listener early = lagging.listen();
		long head = early.start();
		this.api.publish(this.editor, "https://wire.example/before-late-1", Map.of());
		this.api.publish(this.editor, "https://wire.example/before-late-2", Map.of());
		EventFeed.Listener late = lagging.listen();

		// the reader hands on what was committed before the late listener came, then a
		// new
		// event
		lagging.deliver(this.log.read(head, Long.MAX_VALUE, 10));
		lagging.deliver(List.of(event(late.start() + 1)));
		lagging.stop();

		assertThat(late.start()).isEqualTo(head + 2);
		assertThat(sequences(early)).containsExactly(head + 1, head + 2, head + 3);
		assertThat(sequences(late)).containsExactly(head + 3);
	}

	@Test
	void whenTheServerStopsEverySubscriptionEndsAndIsToldToResume() {
		EventFeed stopping = new EventFeed(this.log, this.nodes, Duration.ofSeconds(1), 10);
		List<EventFeed.Listener> listeners = List.of(stopping.listen(), stopping.listen());

		stopping.stop();

		assertThat(listeners).allSatisfy(
				listener -> assertThat(errorOf(listener.events())).isInstanceOf(ServerShuttingDownException.class)
					.hasMessageContaining("'after'"));
	}

	private Flux<Map<String, Object>> subscribe(Map<String, Object> variables) {
		return subscribe(this.webSocket, variables);
	}

	private static Flux<Map<String, Object>> subscribe(WebSocketGraphQlTester client, Map<String, Object> variables) {
		var request = client.document(PUBLISHED);
		variables.forEach(request::variable);
		return request.executeSubscription()
			.toFlux("articlePublished", Map.class)
			.map(event -> (Map<String, Object>) event);
	}

	/** The whole stream of a subscription over SSE that ends by itself. */
	private String serverSentEvents(String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** The error that ends the stream (null if it completes). */
	/** The sequences of the events a listener got before its stream ended. */
	private static List<Long> sequences(EventFeed.Listener listener) {
		List<Long> got = new ArrayList<>();
		errorOf(listener.events().doOnNext(event -> got.add(event.sequence())));
		return got;
	}

	private static Throwable errorOf(Flux<?> stream) {
		return stream.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block(WAIT);
	}

	private String cursorAtHead() {
		return event(this.log.head()).cursor();
	}

	private void awaitSubscribers(int count) {
		await().atMost(WAIT)
			.until(() -> ((Number) this.feed.health().getDetails().get("subscribers")).intValue() >= count);
	}

	@SuppressWarnings("unchecked")
	private static List<String> articleIds(List<Map<String, Object>> events) {
		return events.stream().map(event -> (String) ((Map<String, Object>) event.get("article")).get("id")).toList();
	}

	private static ArticleEvent event(long sequence) {
		return new ArticleEvent(sequence, ArticleEventKind.PUBLISHED, 1, 1, OffsetDateTime.now(), null, "en", Set.of(),
				Set.of(), Set.of());
	}

}
