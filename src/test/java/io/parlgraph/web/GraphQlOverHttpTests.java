package io.parlgraph.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP: POST with JSON, GET for queries, and GraphQL-shaped errors with a
 * stable code for everything else, including the bodies a cross-site form could send.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class GraphQlOverHttpTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void getRunsAQuery() {
		assertThat(this.mvc.get().uri("/graphql").param("query", "{ speakers(first: 1) { edges { node { name } } } }"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.speakers.edges[0].node.name")
			.isEqualTo("Sahiba Gafarova");
	}

	@Test
	void getTakesOperationNameAndVariablesAsJson() {
		assertThat(this.mvc.get()
			.uri("/graphql")
			.param("query",
					"query other { __typename } query some($n: Int) { speakers(first: $n) { edges { cursor } } }")
			.param("operationName", "some")
			.param("variables", "{\"n\": 2}")
			.accept("application/graphql-response+json")).hasStatusOk()
			.hasContentType("application/graphql-response+json")
			.bodyJson()
			.extractingPath("$.data.speakers.edges")
			.asArray()
			.hasSize(2);
	}

	@Test
	void getWithoutAQueryOrWithMalformedVariablesIsRefused() {
		assertRefused(assertThat(this.mvc.get().uri("/graphql")), 400, "INVALID_REQUEST");
		assertRefused(
				assertThat(this.mvc.get().uri("/graphql").param("query", "{ __typename }").param("variables", "{n: 2")),
				400, "INVALID_REQUEST");
	}

	@Test
	void textPlainAndFormBodiesAreRefusedSinceAnyWebPageCanSendThem() {
		for (String contentType : new String[] { "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x" }) {
			assertRefused(
					assertThat(
							this.mvc.post().uri("/graphql").contentType(contentType).content(body("{ __typename }"))),
					415, "UNSUPPORTED_MEDIA_TYPE");
		}
		assertRefused(assertThat(this.mvc.post().uri("/graphql").content(body("{ __typename }"))), 415,
				"UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void aClientThatAcceptsNoJsonIsRefused() {
		assertRefused(assertThat(post(this.mvc, body("{ __typename }")).accept(MediaType.TEXT_HTML)), 406,
				"NOT_ACCEPTABLE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/graphql-response+json" })
	void aSubscriptionSentForOneJsonResponseIsRefusedWithWhereToSubscribe(String accept) {
		var refused = assertRefused(
				assertThat(post(this.mvc, body("subscription { articleEvents { cursor } }")).accept(accept)), 406,
				"NOT_ACCEPTABLE");
		refused.extractingPath("$.errors[0].message").asString().contains("'Accept: text/event-stream'", "graphql-ws");
	}

	@Test
	void aSubscriptionSentWithGetIsToldWhereToSubscribe() {
		assertRefused(
				assertThat(this.mvc.get().uri("/graphql").param("query", "subscription { articleEvents { cursor } }")),
				405, "METHOD_NOT_ALLOWED")
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("Only queries may be sent with GET", "'Accept: text/event-stream'", "graphql-ws");
	}

	@Test
	void parametersOfTheWrongTypeAreRefusedNotConverted() {
		assertRefused(assertThat(post(this.mvc, "{\"query\": 0}")), 400, "INVALID_REQUEST");
		assertRefused(assertThat(post(this.mvc, "{\"query\": \"{ __typename }\", \"operationName\": false}")), 400,
				"INVALID_REQUEST");
		assertRefused(assertThat(post(this.mvc, "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}")), 400,
				"INVALID_REQUEST");
	}

	@Test
	void theLegacyApplicationGraphQlContentTypeStillCarriesJson() {
		assertThat(this.mvc.post().uri("/graphql").contentType("application/graphql").content(body("{ __typename }")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.__typename")
			.isEqualTo("Query");
	}

	@Test
	void documentLimitsAnswer400InGraphQlResponseJsonAnd200InJsonLikeValidationErrors() {
		String manyAliases = body("{ " + "a: __typename ".repeat(16) + "}");
		assertRefused(assertThat(post(this.mvc, manyAliases)), 400, "MAX_ALIASES_LIMIT");
		assertRefused(assertThat(post(this.mvc, manyAliases).accept(MediaType.APPLICATION_JSON)), 200,
				"MAX_ALIASES_LIMIT");
	}

	@Test
	void everyRefusalKeepsItsClassification() {
		assertRefused(assertThat(this.mvc.get().uri("/graphql")), 400, "INVALID_REQUEST")
			.extractingPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

}
