package io.parlgraph.bilateral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The bilateral timeline of the seed's two parliaments and countries. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class BilateralRelationTests {

	// language=GraphQL
	private static final String RELATION = """
			query relation($between: [ID!]!, $kinds: [TimelineKind!], $first: Int, $after: String, $last: Int, $before: String) {
			  relation(between: $between) {
			    firstContact lastContact
			    counts { kind count first last }
			    timeline(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
			      totalCount
			      edges { cursor kind date node { __typename ... on Visit { slug } ... on Protocol { slug } ... on Quote { slug } ... on Event { slug } } }
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    }
			  }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twoParliamentsTimelineHoldsTheirVisitDocumentQuotesAndJointEventInOrder() {
		var response = relation(List.of(parliament("milli-majlis"), parliament("tbmm")), null, 100);

		response.path("relation.firstContact").entity(String.class).isEqualTo("2023-04-27");
		response.path("relation.lastContact").entity(String.class).isEqualTo("2023-04-28");
		response.path("relation.counts")
			.entityList(Map.class)
			.isEqualTo(List.of(Map.of("kind", "EVENT", "count", 1, "first", "2023-04-28", "last", "2023-04-28"),
					Map.of("kind", "VISIT", "count", 1, "first", "2023-04-27", "last", "2023-04-27"),
					Map.of("kind", "PROTOCOL", "count", 1, "first", "2023-04-27", "last", "2023-04-27"),
					Map.of("kind", "QUOTE", "count", 9, "first", "2023-04-27", "last", "2023-04-27")));
		response.path("relation.timeline.totalCount").entity(Integer.class).isEqualTo(12);
		List<String> kinds = response.path("relation.timeline.edges[*].kind").entityList(String.class).get();
		assertThat(kinds).first().isEqualTo("VISIT");
		assertThat(kinds.subList(1, 11)).containsExactly("PROTOCOL", "QUOTE", "QUOTE", "QUOTE", "QUOTE", "QUOTE",
				"QUOTE", "QUOTE", "QUOTE", "QUOTE");
		assertThat(kinds).last().isEqualTo("EVENT");
		response.path("relation.timeline.edges[0].node.slug").entity(String.class).isEqualTo("gafarova-ankara-2023-04");
		response.path("relation.timeline.edges[11].node.slug")
			.entity(String.class)
			.isEqualTo("turkpa-xii-plenary-session");
	}

	@Test
	void theOrderOfTheSidesDoesNotMatter() {
		assertThat(items(relation(List.of(parliament("tbmm"), parliament("milli-majlis")), null, 100)))
			.isEqualTo(items(relation(List.of(parliament("milli-majlis"), parliament("tbmm")), null, 100)));
	}

	@Test
	void walkingForwardOrBackwardYieldsTheSameTimeline() {
		List<String> between = List.of(parliament("milli-majlis"), parliament("tbmm"));
		List<Map<String, Object>> all = items(relation(between, null, 100));

		List<Map<String, Object>> forward = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = page(between, "first", 5, "after", after);
			forward.addAll(items(page));
			hasNext = page.path("relation.timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("relation.timeline.pageInfo.endCursor").entity(String.class).get();
		}
		List<Map<String, Object>> backward = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response page = page(between, "last", 5, "before", before);
			backward.addAll(0, items(page));
			hasPrevious = page.path("relation.timeline.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path("relation.timeline.pageInfo.startCursor").entity(String.class).get();
		}

		assertThat(forward).isEqualTo(all);
		assertThat(backward).isEqualTo(all);
	}

	@Test
	void kindsNarrowTheTimelineAndItsCount() {
		var response = relation(List.of(parliament("milli-majlis"), parliament("tbmm")), List.of("PROTOCOL", "EVENT"),
				100);

		response.path("relation.timeline.edges[*].kind").entityList(String.class).containsExactly("PROTOCOL", "EVENT");
		response.path("relation.timeline.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void anAssemblyAndAMemberShareTheEventOneOrganizedAndTheOtherAttended() {
		var response = relation(List.of(parliament("turkpa"), parliament("milli-majlis")), null, 100);

		response.path("relation.timeline.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("turkpa-xii-plenary-session");
	}

	@Test
	void countriesIncludeDocumentsTheirStatesSignedWithoutParliaments() {
		// language=GraphQL
		String document = """
				query countries($between: [CountryCode!]!) {
				  countryRelation(between: $between) {
				    firstContact
				    timeline(kinds: [PROTOCOL]) { edges { date node { ... on Protocol { slug } } } }
				  }
				}
				""";
		var response = this.graphQl.document(document).variable("between", List.of("TR", "AZ")).execute();

		response.path("countryRelation.firstContact").entity(String.class).isEqualTo("2021-06-15");
		response.path("countryRelation.timeline.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("shusha-declaration", "milli-majlis-tbmm-cooperation-protocol-2023");
		this.graphQl.document(document)
			.variable("between", List.of("AZ", "AM"))
			.execute()
			.path("countryRelation.firstContact")
			.valueIsNull();
	}

	@Test
	void aParliamentThatDoesNotExistGivesNoRelation() {
		relation(List.of(parliament("tbmm"), GlobalId.encode("Parliament", 4242)), null, 10).path("relation")
			.valueIsNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void aRelationNeedsTwoSides(int sides) {
		List<String> between = List.of(parliament("tbmm"), parliament("milli-majlis"), parliament("turkpa"))
			.subList(0, sides);

		assertBadRequest(relation(between, null, 10), "'between' must hold two Parliament IDs");
	}

	@Test
	void aRelationNeedsTwoDifferentSidesOfTheRightType() {
		assertBadRequest(relation(List.of(parliament("tbmm"), parliament("tbmm")), null, 10), "2 equal ones");
		assertBadRequest(relation(List.of(parliament("tbmm"), GlobalId.encode("Speaker", 1)), null, 10),
				"is a Speaker ID, but a Parliament ID is expected");
	}

	private static void assertBadRequest(GraphQlTester.Response response, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(message);
		}));
	}

	private GraphQlTester.Response relation(List<String> between, List<String> kinds, int first) {
		return this.graphQl.document(RELATION)
			.variable("between", between)
			.variable("kinds", kinds)
			.variable("first", first)
			.execute();
	}

	private GraphQlTester.Response page(List<String> between, String size, int count, String cursorArgument,
			String cursor) {
		return this.graphQl.document(RELATION)
			.variable("between", between)
			.variable(size, count)
			.variable(cursorArgument, cursor)
			.execute();
	}

	private static List<Map<String, Object>> items(GraphQlTester.Response response) {
		return response.path("relation.timeline.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private String parliament(String slug) {
		long id = this.jdbc.sql("select id from parliament where slug = ?").param(slug).query(Long.class).single();
		return GlobalId.encode("Parliament", id);
	}

}
