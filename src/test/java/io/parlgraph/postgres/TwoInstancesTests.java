package io.parlgraph.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.parlgraph.Api;
import io.parlgraph.ParlGraphApplication;
import io.parlgraph.write.Editing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one PostgreSQL database: what one publishes, the other's
 * subscribers receive.
 */
class TwoInstancesTests {

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	@BeforeAll
	static void startTwoInstances() {
		instanceA = start();
		instanceB = start();
	}

	@AfterAll
	static void stopThem() {
		instanceA.close();
		instanceB.close();
	}

	@Test
	void anArticlePublishedOnOneInstanceReachesASubscriberOfTheOther() {
		Api a = api(instanceA);
		CompletableFuture<List<Map>> received = api(instanceB).webSocket()
			.document("subscription { articlePublished { cursor article { id } } }")
			.executeSubscription()
			.toFlux("articlePublished", Map.class)
			.take(1)
			.collectList()
			.toFuture();

		// the subscription starts asynchronously: publish on A, a second apart, until B's
		// subscriber has one
		List<String> published = new ArrayList<>();
		while (!received.isDone() && published.size() < 20) {
			published.add(a.publish(a.admin(), "https://wire.example/two-instances-" + published.size(), Map.of()));
			CompletableFuture.anyOf(received, CompletableFuture.runAsync(() -> {
			}, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))).join();
		}

		assertThat(received.join()).singleElement()
			.satisfies(
					event -> assertThat(published).contains(((Map<?, ?>) event.get("article")).get("id").toString()));
	}

	private static ConfigurableApplicationContext start() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=postgres",
				"--parlgraph.admin-key=" + Editing.ADMIN_KEY));
		database.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(ParlGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	private static Api api(ConfigurableApplicationContext instance) {
		return new Api(((WebServerApplicationContext) instance).getWebServer().getPort());
	}

}
