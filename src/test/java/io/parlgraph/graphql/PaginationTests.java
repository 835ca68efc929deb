package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset pagination of root and nested connections, forwards and backwards. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class PaginationTests {

	// language=GraphQL
	private static final String SENTOP_QUOTES = """
			query page($first: Int, $after: String, $last: Int, $before: String) {
			  speakers(filter: { country: "TR" }, first: 1) { edges { node {
			    quotes(first: $first, after: $after, last: $last, before: $before) {
			      edges { cursor node { text } }
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    } } } }
			}
			""";

	private static final String QUOTES = "speakers.edges[0].node.quotes";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void walkingForwardPageByPageYieldsEveryRowOnceInOrder() {
		List<String> all = quotes(this.graphQl.document(SENTOP_QUOTES).variable("first", 100).execute());
		assertThat(all).hasSize(6);

		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = this.graphQl.document(SENTOP_QUOTES)
				.variable("first", 4)
				.variable("after", after)
				.execute();
			walked.addAll(quotes(page));
			hasNext = page.path(QUOTES + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			page.path(QUOTES + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			after = page.path(QUOTES + ".pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).containsExactlyElementsOf(all);
	}

	@Test
	void walkingBackwardPageByPageYieldsEveryRowOnceInOrder() {
		List<String> all = quotes(this.graphQl.document(SENTOP_QUOTES).variable("first", 100).execute());

		List<String> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response page = this.graphQl.document(SENTOP_QUOTES)
				.variable("last", 4)
				.variable("before", before)
				.execute();
			walked.addAll(0, quotes(page));
			hasPrevious = page.path(QUOTES + ".pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path(QUOTES + ".pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(walked).containsExactlyElementsOf(all);
	}

	@Test
	void rootConnectionPagesTheSameWayAndDefaultsToTwentyRows() {
		// language=GraphQL
		String document = """
				query page($after: String) {
				  quotes(first: 5, after: $after) { edges { node { text } } pageInfo { hasNextPage endCursor } }
				  all: quotes { edges { node { text } } pageInfo { hasNextPage } }
				}
				""";
		GraphQlTester.Response first = this.graphQl.document(document).execute();
		first.path("quotes.edges").entityList(Object.class).hasSize(5);
		first.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("all.edges").entityList(Object.class).hasSize(9);
		first.path("all.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		String cursor = first.path("quotes.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.graphQl.document(document).variable("after", cursor).execute();
		second.path("quotes.edges").entityList(Object.class).hasSize(4);
		second.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aliasesOfOneConnectionWithDifferentPagesGetTheirOwnPages() {
		// language=GraphQL
		String document = """
				{ speakers(filter: { country: "TR" }, first: 1) { edges { node {
				    two: quotes(first: 2) { edges { node { text } } }
				    three: quotes(first: 3) { edges { node { text } } }
				} } } }
				""";
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.path("speakers.edges[0].node.two.edges").entityList(Object.class).hasSize(2);
		response.path("speakers.edges[0].node.three.edges").entityList(Object.class).hasSize(3);
	}

	private static List<String> quotes(GraphQlTester.Response page) {
		return page.path(QUOTES + ".edges[*].node.text").entityList(String.class).get();
	}

}
