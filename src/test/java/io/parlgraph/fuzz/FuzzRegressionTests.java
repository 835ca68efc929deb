package io.parlgraph.fuzz;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests that {@link HostileInputFuzzTests} once found failing, replayed for good. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class FuzzRegressionTests {

	@Autowired
	private MockMvcTester mvc;

	/**
	 * Garbage request #8 of seed 4812800173419: Spring for GraphQL 2.0.6 failed with a
	 * 500 (NullPointerException).
	 */
	@Test
	void aBodyOfJsonNullIsAnInvalidRequest() {
		assertRefused(assertThat(post(this.mvc, "null")), 400, "INVALID_REQUEST");
	}

	/**
	 * Garbage request #5641 of seed 5560530487805: over SSE, Spring for GraphQL 2.0.6
	 * failed with a 500.
	 */
	@Test
	void nullExtensionsAreNone() {
		assertRefused(assertThat(post(this.mvc, "{\"extensions\": null}")), 400, "INVALID_REQUEST");
		assertThat(post(this.mvc, "{\"extensions\": null}").accept(MediaType.TEXT_EVENT_STREAM)).hasStatus(400);
		assertThat(post(this.mvc, "{\"query\": \"{ __typename }\", \"extensions\": null}")).hasStatusOk();
	}

	/**
	 * Schema request #15840 of seed 5560530487805: a lone high surrogate at the end of
	 * the ANTLR lexer's first 8,192 characters, after a surrogate pair, made graphql-java
	 * 25 fail with an ArrayIndexOutOfBoundsException (a 500) instead of a syntax error.
	 */
	@Test
	void anUnpairedSurrogateIsASyntaxError() {
		String query = "{ __typename } #\\ud83c\\udfdb" + "x".repeat(8173) + "\\ud83c" + "z";
		assertThat(post(this.mvc, "{\"query\": \"" + query + "\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Invalid syntax: an unpaired surrogate (\\uD83C) at offset 8191; a document is Unicode text");
	}

}
