package io.parlgraph;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/**
 * Raw GraphQL over HTTP requests through MockMvc, for tests of statuses, headers and
 * bodies.
 */
public final class GraphQlRequests {

	private GraphQlRequests() {
	}

	/** The JSON body of a request for the document. */
	public static String body(String document) {
		return body(document, Map.of());
	}

	/** The JSON body of a request for the document with the variables. */
	public static String body(String document, Map<String, ?> variables) {
		return JsonMapper.shared().writeValueAsString(Map.of("query", document, "variables", variables));
	}

	/**
	 * Asserts that a request was refused before anything ran: the status, no
	 * {@code data}, and an error with the code; returns the body for further assertions.
	 */
	public static AbstractJsonContentAssert<?> assertRefused(MvcTestResultAssert response, int status, String code) {
		AbstractJsonContentAssert<?> body = response.hasStatus(status).bodyJson();
		body.doesNotHavePath("$.data");
		body.extractingPath("$.errors[*].extensions.code").asArray().contains(code);
		return body;
	}

	/**
	 * A POST of the JSON body to {@code /graphql} that accepts
	 * {@code application/graphql-response+json}.
	 */
	public static MockMvcRequestBuilder post(MockMvcTester mvc, String json) {
		return mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.content(json);
	}

}
