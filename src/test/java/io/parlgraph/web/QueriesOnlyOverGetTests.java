package io.parlgraph.web;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET runs queries only: a mutation sent with GET (which a link or an image tag can make
 * a browser send) is refused with 405 before it runs. A test-only mutation stands in for
 * real ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(QueriesOnlyOverGetTests.ProbeMutation.class)
class QueriesOnlyOverGetTests {

	@Autowired
	private MockMvcTester mvc;

	@BeforeEach
	void resetProbe() {
		ProbeMutation.runs.set(0);
	}

	@Test
	void aMutationSentWithPostRuns() {
		assertThat(post(this.mvc, body("mutation { probe }"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.probe")
			.isEqualTo(1);
	}

	@Test
	void aMutationSentWithGetIsRefusedWith405AndNeverRuns() {
		var response = assertThat(this.mvc.get().uri("/graphql").param("query", "mutation { probe }"));
		assertRefused(response, 405, "METHOD_NOT_ALLOWED").extractingPath("$.errors[0].message")
			.isEqualTo("Only queries may be sent with GET; send this mutation with POST");
		response.headers().hasValue("Allow", "POST");
		assertRefused(assertThat(
				this.mvc.get().uri("/graphql").param("query", "mutation { probe }").accept(MediaType.APPLICATION_JSON)),
				405, "METHOD_NOT_ALLOWED");
		assertThat(ProbeMutation.runs).hasValue(0);
	}

	@Test
	void theOperationNameDecidesWhatAGetRuns() {
		String document = "query read { __typename } mutation write { probe }";
		assertThat(this.mvc.get().uri("/graphql").param("query", document).param("operationName", "read"))
			.hasStatusOk();
		assertRefused(
				assertThat(this.mvc.get().uri("/graphql").param("query", document).param("operationName", "write")),
				405, "METHOD_NOT_ALLOWED");
		assertThat(ProbeMutation.runs).hasValue(0);
	}

	/**
	 * A mutation that counts its runs, added to the schema (or to its Mutation type, once
	 * there is one).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeMutation {

		static final AtomicInteger runs = new AtomicInteger();

		@Bean
		GraphQlSourceBuilderCustomizer probeMutation() {
			String field = "\"Counts its runs (test only).\" probe: Int!";
			return builder -> builder
				.configureTypeDefinitions(registry -> registry.merge(new SchemaParser()
					.parse(registry.getType("Mutation").isPresent() ? "extend type Mutation { " + field + " }"
							: "\"Test-only writes.\" type Mutation { " + field
									+ " } extend schema { mutation: Mutation }")))
				.configureRuntimeWiring(wiring -> wiring.type("Mutation",
						type -> type.dataFetcher("probe", env -> runs.incrementAndGet())));
		}

	}

}
