package io.parlgraph.postgres;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.parlgraph.Api;
import io.parlgraph.ParlGraphApplication;
import io.parlgraph.webhook.Receiver;
import io.parlgraph.write.Editing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook deliveries across instances: a receiver that drops repeated {@code webhook-id}s
 * gets every event once, in log order, when the instance delivering is restarted midway
 * (on H2 and on PostgreSQL), and when two instances share a PostgreSQL database (where at
 * most one of them delivers to an endpoint at a time).
 */
class WebhookInstancesTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aRestartMidwayLosesNothingAndMixesNothingUp(String db) throws Exception {
		Map<String, Object> properties = (db.equals("h2"))
				? Map.of("spring.datasource.url", "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
				: Map.of("spring.profiles.active", "postgres");
		try (Receiver receiver = Receiver.answering(slowly(300))) {
			List<String> published = new ArrayList<>();
			try (ConfigurableApplicationContext first = start(properties)) {
				Api api = api(first);
				createWebhook(api, receiver.url());
				for (int i = 0; i < 15; i++) {
					published
						.add(api.publish(api.admin(), "https://wire.example/restart-" + UUID.randomUUID(), Map.of()));
				}
				await().atMost(WAIT).until(() -> receiver.distinctIds().size() >= 3);
			}
			assertThat(receiver.distinctIds()).hasSizeLessThan(15);

			try (ConfigurableApplicationContext second = start(properties)) {
				await().atMost(WAIT).until(() -> receiver.distinctIds().size() >= 15);
			}
			assertThat(articlesInOrderFirstReceived(receiver)).containsExactlyElementsOf(published);
		}
	}

	@Test
	void twoInstancesDeliverEachEventOnceInOrderAndNeverAtTheSameTime() throws Exception {
		Map<String, Object> properties = Map.of("spring.profiles.active", "postgres");
		try (Receiver receiver = Receiver.answering(slowly(50));
				ConfigurableApplicationContext a = start(properties);
				ConfigurableApplicationContext b = start(properties)) {
			List<Api> instances = List.of(api(a), api(b));
			createWebhook(instances.get(0), receiver.url());
			List<String> published = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				Api api = instances.get(i % 2);
				published.add(api.publish(api.admin(), "https://wire.example/two-" + UUID.randomUUID(), Map.of()));
			}

			await().atMost(WAIT).until(() -> receiver.distinctIds().size() >= 20);

			assertThat(articlesInOrderFirstReceived(receiver)).containsExactlyElementsOf(published);
			assertThat(receiver.mostAtOnce()).isEqualTo(1);
		}
	}

	/** Answers 200 after a while, so deliveries lag behind publishing. */
	private static IntFunction<Integer> slowly(int millis) {
		return n -> {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return 200;
		};
	}

	private static List<Object> articlesInOrderFirstReceived(Receiver receiver) {
		Map<String, Object> articleById = new HashMap<>();
		receiver.requests().forEach(request -> articleById.putIfAbsent(request.id(), request.data("article.id")));
		return receiver.distinctIds().stream().map((Function<String, Object>) articleById::get).toList();
	}

	private static void createWebhook(Api api, String url) {
		api.admin()
			.document("mutation($url: URL!) { createWebhook(url: $url) { userErrors { message } } }")
			.variable("url", url)
			.execute()
			.path("createWebhook.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--parlgraph.admin-key=" + Editing.ADMIN_KEY, "--parlgraph.webhooks.allowed-private-hosts=127.0.0.1",
				"--parlgraph.webhooks.poll-interval=50ms"));
		if ("postgres".equals(properties.get("spring.profiles.active"))) {
			database.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		}
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(ParlGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	private static Api api(ConfigurableApplicationContext instance) {
		return new Api(((WebServerApplicationContext) instance).getWebServer().getPort());
	}

}
