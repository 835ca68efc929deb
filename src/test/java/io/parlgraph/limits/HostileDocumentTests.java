package io.parlgraph.limits;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known attack shapes are refused before execution (the response has no {@code data}:
 * nothing ran), with a stable {@code extensions.code} and a 4xx status, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class HostileDocumentTests {

	/**
	 * Speakers → quotes → speaker, five times over, then what %s holds: 23 levels plus
	 * its own.
	 */
	private static final String DEEP = "{ speakers(first: 1) { edges { node { "
			+ "quotes(first: 1) { edges { node { speaker { ".repeat(5) + "%s" + " } } } }".repeat(5) + " } } } }";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void nestingTenThousandLevelsDeepIsRefused() {
		refused(body("{" + "speakers { ".repeat(10_000) + "}".repeat(10_001)), 400, "MAX_DEPTH_LIMIT");
	}

	@Test
	void fieldsMayNestTwentyFiveLevelsButNotTwentySix() {
		String speaker = "$.data.speakers.edges[0].node" + ".quotes.edges[0].node.speaker".repeat(5);
		assertThat(post(this.mvc, body(DEEP.formatted("name names { name }")))).hasStatusOk()
			.bodyJson()
			.extractingPath(speaker + ".name")
			.isEqualTo("Sahiba Gafarova");
		refused(body(DEEP.formatted("quotes(first: 1) { edges { cursor } }")), 400, "MAX_DEPTH_LIMIT")
			.extractingPath("$.errors[0].message")
			.isEqualTo("Fields are nested 26 levels deep; at most 25 levels are allowed");
	}

	@Test
	void aThousandAliasesAreRefused() {
		String aliases = IntStream.range(0, 1000)
			.mapToObj(i -> "a" + i + ": __typename")
			.collect(Collectors.joining(" "));
		refused(body("{ " + aliases + " }"), 400, "MAX_ALIASES_LIMIT");
	}

	@Test
	void fragmentsSpreadABillionTimesAreRefused() {
		StringBuilder document = new StringBuilder("{ ...F0 }");
		for (int i = 0; i < 30; i++) {
			document.append(" fragment F%d on Query { ...F%d ...F%d }".formatted(i, i + 1, i + 1));
		}
		document.append(" fragment F30 on Query { alias: __typename }");
		refused(body(document.toString()), 400, "MAX_ALIASES_LIMIT");
	}

	@Test
	void aFieldRepeatedThousandsOfTimesIsRefused() {
		// graphql-java merges repeats in time quadratic in their number, once per object
		refused(body("{ speakers(first: 100) { edges { node { " + "name ".repeat(4900) + "} } } }"), 400,
				"MAX_SELECTION_FIELDS_LIMIT");
	}

	@Test
	void aSelectionSetMayHoldAHundredFieldsButNotMore() {
		assertThat(post(this.mvc, body("{ speakers(first: 1) { edges { node { " + "name ".repeat(100) + "} } } }")))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"data\":{\"speakers\":{\"edges\":[{\"node\":{\"name\":\"Sahiba Gafarova\"}}]}}}");
		refused(body("{ speakers(first: 1) { edges { node { " + "name ".repeat(101) + "} } } }"), 400,
				"MAX_SELECTION_FIELDS_LIMIT");
	}

	@Test
	void documentsOfMoreThanFiveThousandTokensAreRefused() {
		refused(body("{ speakers(first: 1) { edges { node { " + "name ".repeat(5000) + "} } } }"), 400,
				"MAX_TOKENS_LIMIT");
	}

	@Test
	void twentyRootFieldsAreAllowedButNotTwentyOne() {
		assertThat(post(this.mvc, body("{ " + "__typename ".repeat(20) + "}"))).hasStatusOk();
		refused(body("{ " + "__typename ".repeat(21) + "}"), 400, "MAX_ROOT_FIELDS_LIMIT");
	}

	@Test
	void fiftyOneDirectivesAreRefused() {
		refused(body("{ __typename " + "@include(if: true) ".repeat(51) + "}"), 400, "MAX_DIRECTIVES_LIMIT");
	}

	@Test
	void introspectionCyclesAreRefused() {
		// language=GraphQL
		String cycle = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
		refused(body(cycle), 400, "INTROSPECTION_LIMIT").extractingPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void aBodyOfWhitespaceLargerThanTheLimitIsRefusedUnread() {
		String query = "{" + " ".repeat(300 * 1024) + "__typename }";
		refused(body(query), 413, "REQUEST_TOO_LARGE");
	}

	@Test
	void whitespaceWithinTheBodyLimitIsHarmless() {
		String query = "{" + " \n".repeat(60 * 1024) + "__typename }";
		assertThat(post(this.mvc, body(query))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.__typename")
			.isEqualTo("Query");
	}

	@Test
	void oversizedVariablesAreRefused() {
		List<String> ids = IntStream.range(0, 20_000).mapToObj(i -> GlobalId.encode("Quote", i)).toList();
		refused(body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids)), 413, "REQUEST_TOO_LARGE");
	}

	@Test
	void tooManyIdsInVariablesAreRefusedBeforeLookingAnyUp() {
		List<String> ids = IntStream.range(0, 101).mapToObj(i -> GlobalId.encode("Quote", i)).toList();
		refused(body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids)), 400,
				"PAGE_SIZE_OUT_OF_RANGE");
	}

	@Test
	void deeplyNestedVariablesAreRefused() {
		String nested = "[".repeat(5000) + "]".repeat(5000);
		refused("{\"query\": \"{ __typename }\", \"variables\": {\"deep\": " + nested + "}}", 400, "INVALID_REQUEST");
	}

	@Test
	void batchedOperationArraysAreRefused() {
		String operation = body("{ __typename }");
		refused("[" + operation + "," + operation + "]", 400, "INVALID_REQUEST");
	}

	@Test
	void invalidUtf8IsRefused() {
		byte[] prefix = "{\"query\": \"{ __typename } #".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[prefix.length + 4];
		System.arraycopy(prefix, 0, content, 0, prefix.length);
		content[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation
												// byte
		content[prefix.length + 1] = (byte) 0x28;
		content[prefix.length + 2] = '"';
		content[prefix.length + 3] = '}';
		assertRefused(assertThat(this.mvc.post()
			.uri("/graphql")
			.contentType("application/json")
			.accept("application/graphql-response+json")
			.content(content)), 400, "INVALID_REQUEST");
	}

	private AbstractJsonContentAssert<?> refused(String json, int status, String code) {
		return assertRefused(assertThat(post(this.mvc, json)), status, code);
	}

}
