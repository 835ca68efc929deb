package io.parlgraph.graphql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that parse, but that a database cannot store or compare (a NUL character, half
 * of a surrogate pair, a date beyond year 9999, a language code longer than its column):
 * a {@code BAD_REQUEST} that names the argument, the same on H2 and PostgreSQL, instead
 * of an {@code INTERNAL_ERROR} from the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class StorableValueTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void aNulCharacterInAStringLiteralIsABadRequestNamingTheArgument() {
		this.graphQl.document("{ articles(filter: {publisher: \"a\\u0000b\"}) { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'filter.publisher'").contains("NUL");
			}));
	}

	@Test
	void anUnpairedSurrogateInAVariableIsABadRequestNamingTheArgument(@Autowired MockMvcTester mvc) {
		// written by hand: a JSON library would refuse to write half a surrogate pair
		String body = "{\"query\": \"query($p: String) { articles(filter: {publisher: $p}) { edges { cursor } } }\","
				+ " \"variables\": {\"p\": \"Milli \\ud800 Majlis\"}}";

		var json = assertThat(post(mvc, body)).bodyJson();
		json.extractingPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
		json.extractingPath("$.errors[0].message").asString().contains("'filter.publisher'").contains("surrogate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+10000-01-01", "0000-12-31", "-2023-04-28" })
	void aDateOutsideTheYears0001To9999IsABadRequestNamingTheArgument(String day) {
		this.graphQl.document("query($day: Date) { parliaments { edges { node { speaker(asOf: $day) { name } } } } }")
			.variable("day", day)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'asOf'").contains("0001").contains("9999");
			}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "visits(filter: {from: \"+10000-01-01\"}) { edges { cursor } }",
			"articles(filter: {publishedFrom: \"+10000-01-01T00:00:00Z\"}) { edges { cursor } }" })
	void aDateLiteralOutsideTheYears0001To9999IsABadRequest(String field) {
		this.graphQl.document("{ " + field + " }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'filter.");
			}));
	}

	@Test
	void aLanguageCodeLongerThanItsColumnIsABadRequestNamingTheArgument() {
		String code = "en" + "-abcdefgh".repeat(450);
		this.graphQl
			.document("query($language: LanguageCode) { articles(filter: {language: $language}) { edges { cursor } } }")
			.variable("language", code)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'filter.language'").contains("35").doesNotContain(code);
			}));
	}

	@Test
	void aBadValueInAListIsNamedWithItsPosition() {
		this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variables(Map.of("ids", List.of(GlobalId.encode("Speaker", 1), "a\u0000b")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'ids[1]'");
			}));
	}

}
