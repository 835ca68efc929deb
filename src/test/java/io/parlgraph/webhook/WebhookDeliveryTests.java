package io.parlgraph.webhook;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.parlgraph.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries to real HTTP receivers: signed, retried in order, timed out, not redirected,
 * caught up.
 */
@WebhookTest
class WebhookDeliveryTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	private Api api;

	private HttpGraphQlTester editor;

	private Hooks hooks;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
		this.hooks = new Hooks(this.editor);
	}

	@Test
	void aReceiverGetsEachEventSignedInTheStandardWebhooksFormat() throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			String first = publish();
			String second = publish();

			// each attempt is logged once its answer is read
			await().atMost(WAIT).until(() -> this.hooks.deliveries(webhook.id()).size() >= 2);

			List<Receiver.Request> requests = receiver.requests();
			assertThat(requests).extracting(request -> request.data("article.id")).containsExactly(first, second);
			for (Receiver.Request request : requests) {
				Hooks.assertSignedWith(webhook.secret(), request);
				assertThat(request.id()).isEqualTo(request.data("cursor"));
				assertThat(request.json()).containsEntry("type", "article.published");
				assertThat(request.data("kind")).isEqualTo("PUBLISHED");
				assertThat(request.data("article.publishedAt")).isEqualTo("2024-05-01T09:00:00+04:00");
				assertThat((String) request.data("article.headline")).startsWith("Headline of https://wire.example/");
				long sent = Long.parseLong(request.headers().get("webhook-timestamp"));
				assertThat(Math.abs(Instant.now().getEpochSecond() - sent)).isLessThan(300);
				assertThat(request.headers()).containsEntry("content-type", "application/json");
			}
			assertThat(Hooks.signedWith("whsec_" + "A".repeat(44), requests.get(0))).isFalse();
			assertThat(this.hooks.deliveries(webhook.id())).extracting(delivery -> delivery.get("statusCode"))
				.containsExactly(200, 200);
			assertThat(this.hooks.read(webhook.id())).containsEntry("position", requests.get(1).id());
		}
	}

	@Test
	void aReceiverGetsOnlyTheEventsItsFilterMatches() throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			this.hooks.create(receiver.url(), Map.of("language", "az"));
			publish();
			String matching = this.api.publish(this.editor, "https://wire.example/" + UUID.randomUUID(),
					Map.of("language", "az"));
			String after = this.api.publish(this.editor, "https://wire.example/" + UUID.randomUUID(),
					Map.of("language", "az"));

			await().atMost(WAIT).until(() -> receiver.requests().size() >= 2);

			assertThat(receiver.requests()).extracting(request -> request.data("article.id"))
				.containsExactly(matching, after);
		}
	}

	@Test
	void aFailingEventIsRetriedWithGrowingWaitsAndNoLaterEventOvertakesIt() throws Exception {
		try (Receiver receiver = Receiver.answering(n -> (n <= 3) ? 500 : 200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			List<String> articles = List.of(publish(), publish(), publish());

			await().atMost(WAIT).until(() -> this.hooks.deliveries(webhook.id()).size() >= 6);

			List<Receiver.Request> requests = receiver.requests();
			assertThat(requests).extracting(request -> request.data("article.id"))
				.containsExactly(articles.get(0), articles.get(0), articles.get(0), articles.get(0), articles.get(1),
						articles.get(2));
			List<Map<String, Object>> log = this.hooks.deliveries(webhook.id());
			assertThat(log).extracting(delivery -> delivery.get("statusCode"))
				.containsExactly(500, 500, 500, 200, 200, 200);
			assertThat(log.get(0)).containsEntry("succeeded", false)
				.containsEntry("failure", "HTTP 500")
				.containsEntry("responseBody", "answer 1");
			// waits of at least 100, 200 and 400 ms (first-retry, doubled, capped by
			// max-retry-interval)
			for (int retry = 1; retry <= 3; retry++) {
				Duration wait = Duration.between(attemptedAt(log.get(retry - 1)), attemptedAt(log.get(retry)));
				assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMillis(100L << (retry - 1)));
			}
		}
	}

	@Test
	void aReceiverThatNeverAnswersTimesOutWhileOthersGetTheirEvents() throws Exception {
		try (Receiver silent = Receiver.always(Receiver.HANG); Receiver answering = Receiver.always(200)) {
			Hooks.Created hanging = this.hooks.create(silent.url());
			this.hooks.create(answering.url());
			List<String> articles = List.of(publish(), publish());

			await().atMost(WAIT).until(() -> answering.requests().size() >= 2);
			await().atMost(WAIT).until(() -> !this.hooks.deliveries(hanging.id()).isEmpty());

			assertThat(answering.requests()).extracting(request -> request.data("article.id"))
				.containsExactlyElementsOf(articles);
			assertThat(this.hooks.deliveries(hanging.id()).get(0)).containsEntry("statusCode", null)
				.containsEntry("succeeded", false)
				.satisfies(delivery -> assertThat((String) delivery.get("failure")).startsWith("Timed out"));
			assertThat(silent.requests()).extracting(request -> request.data("article.id"))
				.containsOnly(articles.get(0));
		}
	}

	@Test
	void aRedirectIsNotFollowedAndCountsAsAFailure() throws Exception {
		try (Receiver redirecting = Receiver.answering(n -> (n == 1) ? 302 : 200)) {
			Hooks.Created webhook = this.hooks.create(redirecting.url());
			publish();

			await().atMost(WAIT).until(() -> redirecting.requests().size() >= 2);

			assertThat(this.hooks.deliveries(webhook.id()).get(0)).containsEntry("statusCode", 302)
				.containsEntry("succeeded", false)
				.containsEntry("failure", "Redirects are not followed (to http://169.254.169.254/latest/meta-data/)");
			assertThat(redirecting.requests().get(1).id()).isEqualTo(redirecting.requests().get(0).id());
		}
	}

	@Test
	void aWebhookThatFailsForTooLongIsDisabledAndCatchesUpWhenEnabled() throws Exception {
		boolean[] down = { true };
		try (Receiver receiver = Receiver.answering(n -> down[0] ? 503 : 200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			String first = publish();
			await().atMost(WAIT).until(() -> Boolean.FALSE.equals(this.hooks.read(webhook.id()).get("enabled")));
			assertThat((String) this.hooks.read(webhook.id()).get("disabledReason")).contains("HTTP 503");
			int attempts = receiver.requests().size();
			List<String> whileDisabled = List.of(publish(), publish());
			Thread.sleep(500); // ten polls: a disabled webhook is not tried
			assertThat(receiver.requests()).hasSize(attempts);

			down[0] = false;
			this.editor.document("mutation($id: ID!) { enableWebhook(id: $id) { webhook { enabled } } }")
				.variable("id", webhook.id())
				.execute()
				.path("enableWebhook.webhook.enabled")
				.entity(Boolean.class)
				.isEqualTo(true);

			await().atMost(WAIT).until(() -> receiver.requests().size() >= attempts + 3);
			assertThat(receiver.requests().subList(attempts - 1, receiver.requests().size()))
				.extracting(request -> request.data("article.id"))
				.containsExactly(first, first, whileDisabled.get(0), whileDisabled.get(1));
		}
	}

	@Test
	void anEventIsSentAgainOnRequestAndAPingIsSentSigned() throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			publish();
			await().atMost(WAIT).until(() -> receiver.requests().size() >= 1);
			String cursor = receiver.requests().get(0).id();

			this.editor
				.document("mutation($id: ID!, $cursor: String!) { redeliverWebhookEvent(webhook: $id,"
						+ " eventCursor: $cursor) { webhookDelivery { eventCursor statusCode succeeded } } }")
				.variable("id", webhook.id())
				.variable("cursor", cursor)
				.execute()
				.path("redeliverWebhookEvent.webhookDelivery")
				.entity(Map.class)
				.isEqualTo(Map.of("eventCursor", cursor, "statusCode", 200, "succeeded", true));
			this.editor.document("mutation($id: ID!) { pingWebhook(id: $id) { webhookDelivery { statusCode } } }")
				.variable("id", webhook.id())
				.execute()
				.path("pingWebhook.webhookDelivery.statusCode")
				.entity(Integer.class)
				.isEqualTo(200);

			List<Receiver.Request> requests = receiver.requests();
			assertThat(requests).hasSize(3);
			assertThat(requests.get(1).id()).isEqualTo(cursor);
			assertThat(requests.get(2).id()).startsWith("ping_");
			assertThat(requests.get(2).json()).containsEntry("type", "ping");
			requests.forEach(request -> Hooks.assertSignedWith(webhook.secret(), request));
		}
	}

	@Test
	void anHttpsEndpointWithAnUntrustedCertificateFails(@TempDir Path directory) throws Exception {
		Path keyStore = directory.resolve("endpoint.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-keystore", keyStore.toString(), "-storepass", "changeit", "-alias", "endpoint",
				"-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor()).isZero();
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(KeyStore.getInstance(keyStore.toFile(), "changeit".toCharArray()), "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), null, null);
		HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		List<String> received = new CopyOnWriteArrayList<>();
		server.createContext("/", exchange -> {
			received.add(exchange.getRequestURI().toString());
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		try {
			Hooks.Created webhook = this.hooks.create("https://127.0.0.1:" + server.getAddress().getPort() + "/hook");
			publish();

			await().atMost(WAIT).until(() -> !this.hooks.deliveries(webhook.id()).isEmpty());

			assertThat((String) this.hooks.deliveries(webhook.id()).get(0).get("failure"))
				.startsWith("Failed: javax.net.ssl.SSLHandshakeException");
			assertThat(received).isEmpty();
		}
		finally {
			server.stop(0);
		}
	}

	private String publish() {
		return this.api.publish(this.editor, "https://wire.example/" + UUID.randomUUID(), Map.of());
	}

	private static OffsetDateTime attemptedAt(Map<String, Object> delivery) {
		return OffsetDateTime.parse((String) delivery.get("attemptedAt"));
	}

}
