package io.parlgraph.operations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.parlgraph.ParlGraphApplication;
import io.parlgraph.parliament.ParliamentRepository;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On shutdown the server stops taking connections, lets the requests in flight finish
 * (with the database still there), and only then stops. The application runs on its own
 * here, as in production, since the test closes it.
 */
class GracefulShutdownTests {

	private int port;

	@Test
	void requestInFlightWhenShutdownStartsCompletes() throws Exception {
		ConfigurableApplicationContext application = new SpringApplicationBuilder(ParlGraphApplication.class,
				HeldQuery.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:graceful-shutdown",
					"--spring.graphql.schema.locations=classpath:graphql/**/,classpath:graceful-shutdown/");
		HeldQuery held = application.getBean(HeldQuery.class);
		this.port = ((WebServerApplicationContext) application).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ heldParliamentCount }\"}"))
			.build();
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		assertThat(held.started.await(30, TimeUnit.SECONDS)).as("request started").isTrue();

		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(application::close);
		await().atMost(Duration.ofSeconds(30)).until(this::refusesConnections);
		assertThat(shutdown).as("shutdown waits for the request").isNotDone();
		held.release.countDown();

		HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"heldParliamentCount\":3}}");
		shutdown.get(30, TimeUnit.SECONDS);
		assertThat(application.isActive()).isFalse();
	}

	private boolean refusesConnections() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
	}

	/**
	 * A query that holds its request until the test releases it, then reads the database.
	 */
	@Controller
	static class HeldQuery {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private final ParliamentRepository parliaments;

		HeldQuery(ParliamentRepository parliaments) {
			this.parliaments = parliaments;
		}

		@QueryMapping
		long heldParliamentCount() throws InterruptedException {
			this.started.countDown();
			if (!this.release.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The test never released the request");
			}
			return this.parliaments.count();
		}

	}

}
