package io.parlgraph.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.parlgraph.QuietLoggers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile: no introspection, schema or GraphiQL, errors that reveal
 * nothing of the server (no stack trace, exception, SQL or field suggestion), and metrics
 * on the management port only (here a random one).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "PARLGRAPH_MANAGEMENT_PORT=0")
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@Import(ProductionProfileTests.FailingQuoteTexts.class)
class ProductionProfileTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private MockMvcTester mvc;

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@ParameterizedTest
	@ValueSource(
			strings = { "{ __schema { queryType { name } } }", "{ __type(name: \"Speaker\") { fields { name } } }" })
	void introspectionIsRefusedAsABadRequest(String document) {
		assertRefused(assertThat(post(this.mvc, body(document))), 400, "INTROSPECTION_DISABLED")
			.extractingPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void queriesAndTypenameStillWork() {
		assertThat(post(this.mvc, body("{ __typename speakers(first: 1) { edges { node { name } } } }"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.speakers.edges[0].node.name")
			.isEqualTo("Sahiba Gafarova");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/graphql/schema", "/graphiql", "/graphiql/", "/graphiql/index.html",
			"/graphiql/graphiql-init.js", "/webjars/graphiql/2.4.7/graphiql.min.js" })
	@QuietLoggers("org.springframework.web.servlet.PageNotFound")
	void neitherTheSchemaNorGraphiQlIsServed(String path) throws Exception {
		assertThat(get(path, "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void aMisspeltFieldGetsNoSuggestion() {
		assertThat(post(this.mvc, body("{ speaker { name } }"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("'speaker'")
			.doesNotContainIgnoringCase("did you mean")
			.doesNotContain("speakers");
	}

	@Test
	// the failure is provoked and its response asserted; its stack trace in the log is
	// not printed
	@QuietLoggers("org.springframework.graphql.execution.ExceptionResolversExceptionHandler")
	void anUnexpectedFailureRevealsNoDetail() {
		var response = assertThat(post(this.mvc, body("{ quotes(first: 1) { edges { node { text } } } }")))
			.hasStatusOk();
		response.bodyJson().extractingPath("$.errors[0].extensions.classification").isEqualTo("INTERNAL_ERROR");
		response.bodyText()
			.doesNotContainIgnoringCase("select")
			.doesNotContain("secret")
			.doesNotContain("Exception")
			.doesNotContain("at io.parlgraph");
	}

	@Test
	@QuietLoggers("org.springframework.web.servlet.PageNotFound")
	void errorPagesRevealNoDetail() throws Exception {
		for (String accept : new String[] { "application/json", "text/html" }) {
			HttpResponse<String> response = get("/no/such/page", accept);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace").doesNotContain("at org.");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/health", "/actuator/health/readiness", "/actuator" })
	@QuietLoggers("org.springframework.web.servlet.PageNotFound")
	void theActuatorIsNotOnTheMainPort(String path) throws Exception {
		assertThat(get(path, "application/json").statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez", "/readyz" })
	void healthProbesStayOnTheMainPort(String path) throws Exception {
		HttpResponse<String> probe = get(path, "application/json");
		assertThat(probe.statusCode()).isEqualTo(200);
		assertThat(probe.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void metricsAndHealthAreOnTheManagementPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(get(this.managementPort, "/actuator/health/readiness", "application/json").statusCode())
			.isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return get(this.port, path, accept);
	}

	private HttpResponse<String> get(int port, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Makes reading a quote's text fail as a database error would, with SQL in the
	 * message.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingQuoteTexts {

		@Bean
		Instrumentation failingQuoteTexts() {
			return new Instrumentation() {

				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if (!parameters.getField().getName().equals("text")) {
						return fetcher;
					}
					return env -> {
						throw new IllegalStateException(
								"could not execute statement [select secret from quote where id=?]");
					};
				}

			};
		}

	}

}
