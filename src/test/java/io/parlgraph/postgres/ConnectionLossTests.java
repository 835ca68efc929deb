package io.parlgraph.postgres;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.parlgraph.Api;
import io.parlgraph.QuietLoggers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the {@code postgres} profile's pool and timeouts, a statement that runs too long
 * or a connection lost mid-request gives the client a GraphQL error within seconds (a
 * request that hung instead would fail the test after 10), leaves no connection in use,
 * and the next request succeeds. A subscription that loses its connection ends with a
 * code that says to resume.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "PARLGRAPH_DB_STATEMENT_TIMEOUT=2s")
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
// the losses are provoked and their outcomes asserted; the warnings and stack traces each
// logs are not printed
@QuietLoggers({ "com.zaxxer.hikari.pool.ProxyConnection", "org.hibernate.orm.jdbc.error",
		"org.springframework.transaction", "org.springframework.graphql.execution.ExceptionResolversExceptionHandler",
		"io.parlgraph.feed.SubscriptionErrorResolver" })
class ConnectionLossTests {

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	// language=GraphQL
	private static final String PARLIAMENTS = "{ parliaments { edges { node { slug } } } }";

	private HttpGraphQlTester graphQl;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@BeforeEach
	void giveUpOnAResponseAfterTenSeconds(@Autowired HttpGraphQlTester graphQl) {
		this.graphQl = graphQl.mutate().responseTimeout(Duration.ofSeconds(10)).build();
	}

	@AfterEach
	void noConnectionIsLeftInUseAndTheNextRequestSucceeds() throws SQLException {
		HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		assertThat(pool.getActiveConnections()).as("connections in use").isZero();
		assertThat(pool.getThreadsAwaitingConnection()).as("requests waiting for a connection").isZero();
		this.graphQl.document(PARLIAMENTS).execute().path("parliaments.edges").entityList(Object.class).hasSize(3);
	}

	@Test
	void statementRunningPastTheTimeoutIsCancelledWithAnError() throws SQLException {
		try (var lock = database.lock("parliament")) {
			expectInternalError(this.graphQl.document(PARLIAMENTS).execute());
		}
	}

	@Test
	void connectionKilledMidRequestGivesAnError() throws SQLException {
		try (var lock = database.lock("parliament")) {
			CompletableFuture<Integer> killed = CompletableFuture
				.supplyAsync(() -> await().atMost(Duration.ofSeconds(5))
					.until(database::terminateSessionsWaitingForALock, count -> count > 0));
			GraphQlTester.Response response = this.graphQl.document(PARLIAMENTS).execute();
			assertThat(killed.join()).as("sessions killed").isOne();
			expectInternalError(response);
		}
	}

	@Test
	void subscriptionWhoseConnectionIsKilledEndsWithACodeThatSaysResume(@LocalServerPort int port) throws SQLException {
		try (var lock = database.lock("article_event")) {
			CompletableFuture<Integer> killed = CompletableFuture
				.supplyAsync(() -> await().atMost(Duration.ofSeconds(5))
					.until(database::terminateSessionsWaitingForALock, count -> count > 0));
			Throwable ended = new Api(port).webSocket()
				.document("subscription { articleEvents { cursor } }")
				.executeSubscription()
				.toFlux("articleEvents", Object.class)
				.then(Mono.<Throwable>empty())
				.onErrorResume(Mono::just)
				.block(Duration.ofSeconds(10));
			assertThat(killed.join()).as("sessions killed").isOne();
			assertThat(ended).isInstanceOfSatisfying(SubscriptionErrorException.class,
					ex -> assertThat(ex.getErrors()).singleElement().satisfies(error -> {
						assertThat(error.getExtensions()).containsEntry("code", "EVENT_LOG_UNAVAILABLE");
						assertThat(error.getMessage()).contains("'after'").doesNotContainIgnoringCase("terminat");
					}));
		}
	}

	/**
	 * A database failure reaches the client as an internal error, without SQL or server
	 * details.
	 */
	private static void expectInternalError(GraphQlTester.Response response) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
			assertThat(error.getMessage()).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("terminat");
		}));
	}

}
