package io.parlgraph.limits;

import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node limit: before anything runs, each connection is taken to return a full page,
 * once for every object above it, and an operation that could return more than 50,000
 * objects is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class NodeLimitTests {

	/** 60,100 nodes: 100 parliaments, 100 visits each, 5 quotes per visit. */
	// language=GraphQL
	private static final String SIXTY_THOUSAND_NODES = """
			{ parliaments(first: 100) { edges { node {
			  visitsMade(first: 100) { edges { node { quotes(first: 5) { edges { cursor } } } } }
			} } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void nodesArePageSizesTimesTheObjectsAboveThemAndCostIsPagesPerHundred() {
		// language=GraphQL
		String document = """
				{
				  rateLimit { cost nodeCount }
				  speakers(first: 100) { edges { node {
				    visits(first: 4) { edges { node { quotes(first: 5) { edges { cursor } } } } }
				  } } }
				}
				""";
		var response = this.graphQl.document(document).execute();

		response.path("rateLimit.nodeCount").entity(Long.class).isEqualTo(100L + 100 * 4 + 100 * 4 * 5);
		response.path("rateLimit.cost").entity(Long.class).isEqualTo(5L); // 1 + 100 + 400
																			// pages
	}

	@Test
	void aConnectionWithoutFirstOrLastCountsAsTwentyNodes() {
		// language=GraphQL
		String document = "{ rateLimit { nodeCount } speakers { edges { node { quotes { edges { cursor } } } } } }";
		this.graphQl.document(document)
			.execute()
			.path("rateLimit.nodeCount")
			.entity(Long.class)
			.isEqualTo(20L + 20 * 20);
	}

	@Test
	void fragmentsCountWhereTheyAreSpreadAndSkippedFieldsNotAtAll() {
		// language=GraphQL
		String document = """
				query($skip: Boolean!) {
				  rateLimit { nodeCount }
				  a: speakers(first: 2) { ...Quotes }
				  b: speakers(first: 3) { ...Quotes }
				  c: speakers(first: 50) @skip(if: $skip) { ...Quotes }
				}
				fragment Quotes on SpeakerConnection { edges { node { quotes(first: 10) { edges { cursor } } } } }
				""";
		this.graphQl.document(document)
			.variable("skip", true)
			.execute()
			.path("rateLimit.nodeCount")
			.entity(Long.class)
			.isEqualTo(2L + 2 * 10 + 3 + 3 * 10);
	}

	@Test
	void aLookupByIdsCountsOneNodePerId() {
		// language=GraphQL
		String document = """
				query($ids: [ID!]!) {
				  rateLimit { nodeCount }
				  nodes(ids: $ids) { ... on Speaker { quotes(first: 10) { edges { cursor } } } }
				}
				""";
		List<String> ids = List.of(GlobalId.encode("Speaker", 1), GlobalId.encode("Speaker", 2),
				GlobalId.encode("Speaker", 3));
		this.graphQl.document(document)
			.variable("ids", ids)
			.execute()
			.path("rateLimit.nodeCount")
			.entity(Long.class)
			.isEqualTo(3L + 3 * 10);
	}

	@Test
	void anOperationThatCouldReturnMoreThanFiftyThousandNodesIsRefused() {
		assertRefused(assertThat(post(this.mvc, body(SIXTY_THOUSAND_NODES))), 400, "MAX_NODES_LIMIT")
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("This operation could return up to 60100 objects; at most 50000 are allowed");
	}

	@Test
	void applicationJsonClientsGetTheRefusalWithStatus200AsForValidationErrors() {
		assertRefused(assertThat(post(this.mvc, body(SIXTY_THOUSAND_NODES)).accept(MediaType.APPLICATION_JSON)), 200,
				"MAX_NODES_LIMIT");
	}

	@Test
	void pageSizesAreCheckedBeforeAnythingRuns() {
		assertRefused(
				assertThat(post(this.mvc,
						body("{ speakers { edges { node { quotes(first: 500) { edges { cursor } } } } } }"))),
				400, "PAGE_SIZE_OUT_OF_RANGE")
			.extractingPath("$.errors[0].message")
			.isEqualTo("'first' must be between 1 and 100, but was 500");
		assertRefused(
				assertThat(post(this.mvc,
						body("query($n: Int) { quotes(last: $n) { edges { cursor } } }", Map.of("n", 0)))),
				400, "PAGE_SIZE_OUT_OF_RANGE");
	}

}
