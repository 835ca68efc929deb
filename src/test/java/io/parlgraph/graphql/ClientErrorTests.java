package io.parlgraph.graphql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear GraphQL error, classified for the client; unknown IDs are just
 * null.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class ClientErrorTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void unknownIdIsNullWithoutError() {
		var response = this.graphQl.document("query($id: ID!) { parliament(id: $id) { slug } }")
			.variable("id", GlobalId.encode("Parliament", 4242))
			.execute();
		response.errors().verify();
		response.path("parliament").valueIsNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not base64!", "bm9jb2xvbg", "UGFybGlhbWVudDp4", "Rm9vOjE" })
	void malformedIdIsABadRequest(String id) {
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("Malformed ID '" + id + "': use an ID returned by this API");
				assertThat(error.getPath()).isEqualTo("node");
			}));
	}

	@Test
	void idOfTheWrongTypeIsABadRequest() {
		String speakerId = GlobalId.encode("Speaker", 1);
		this.graphQl.document("query($id: ID!) { parliament(id: $id) { slug } }")
			.variable("id", speakerId)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("is a Speaker ID, but a Parliament ID is expected");
			}));
	}

	@Test
	void malformedCursorIsABadRequest() {
		this.graphQl.document("{ speakers(after: \"bogus\") { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("Malformed cursor 'bogus' in 'after'");
			}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "first: 0", "first: 101", "last: -1", "first: 1, last: 1" })
	void pageSizeOutOfRangeIsABadRequestNotASilentCut(String arguments) {
		this.graphQl.document("{ quotes(" + arguments + ") { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).containsAnyOf("must be between 1 and 100", "not both");
			}));
	}

	@Test
	void nestedConnectionsCheckTheirPageSizeToo() {
		this.graphQl.document("{ speakers { edges { node { quotes(first: 500) { edges { cursor } } } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getMessage())
					.isEqualTo("'first' must be between 1 and 100, but was 500")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "parliaments(filter: { country: \"XX\" }) { edges { cursor } }",
			"visits(filter: { from: \"2023-02-30\" }) { edges { cursor } }",
			"articles(filter: { language: \"english language\" }) { edges { cursor } }",
			"articles(filter: { publishedFrom: \"2023-04-28T12:18:00\" }) { edges { cursor } }" })
	void malformedScalarLiteralIsAValidationErrorNamingTheArgument(String field) {
		this.graphQl.document("{ " + field + " }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
				assertThat(error.getMessage()).contains("argument 'filter.");
			}));
	}

	@Test
	void malformedScalarVariableIsAnErrorNamingTheVariable() {
		this.graphQl.document("query($day: Date) { parliaments { edges { node { speaker(asOf: $day) { name } } } } }")
			.variable("day", "28/04/2023")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'day'").contains("expected a date as YYYY-MM-DD");
			}));
	}

	@Test
	void tooManyIdsInOneLookupIsABadRequest() {
		var ids = java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(id -> GlobalId.encode("Quote", id)).toList();
		this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", ids)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

}
