package io.parlgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search does over the seed, on any database: each database's test class extends
 * this one, so H2 and PostgreSQL must give the same results.
 */
public abstract class SearchContract {

	// language=GraphQL
	private static final String SEARCH = """
			query search($query: String!, $types: [SearchableType!], $language: LanguageCode, $first: Int, $after: String) {
			  search(query: $query, types: $types, language: $language, first: $first, after: $after) {
			    totalCount
			    edges {
			      cursor score language
			      snippet { text highlights { start end } }
			      node {
			        __typename
			        ... on Speaker { slug }
			        ... on Parliament { slug }
			        ... on Article { slug }
			        ... on Quote { slug }
			        ... on Event { slug }
			        ... on Protocol { slug }
			      }
			    }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "Sentop, Speaker, mustafa-sentop", "Meclis, Parliament, tbmm", "turkiye, Parliament, tbmm",
			"Qafarova, Speaker, sahiba-gafarova", "şentop, Speaker, mustafa-sentop", "MƏCLİS, Parliament, milli-majlis",
			"Erdogan, Protocol, shusha-declaration", "Yerevan, Event, weightlifting-flag-burning-2023" })
	void findsWhatUsersTypeOnAPlainKeyboard(String query, String type, String slug) {
		List<Map<String, Object>> nodes = search(query, null, null).path("search.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(nodes).contains(Map.of("__typename", type, "slug", slug));
	}

	@Test
	void aNameMatchRanksAboveMentions() {
		var response = search("gafarova", null, null);

		response.path("search.edges[0].node")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", "Speaker", "slug", "sahiba-gafarova"));
		response.path("search.edges[0].score").entity(Integer.class).isEqualTo(2);
		response.path("search.edges[*].score")
			.entityList(Integer.class)
			.satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a)));
	}

	@Test
	void typesAndLanguageNarrowTheResults() {
		search("sentop", List.of("QUOTE"), null).path("search.edges[*].node.__typename")
			.entityList(String.class)
			.containsExactly("Quote");
		search("Meclis", null, "tr").path("search.edges[*].language")
			.entityList(String.class)
			.satisfies(languages -> assertThat(languages).isNotEmpty().allMatch(l -> l == null || l.equals("tr")));
		search("Meclis", List.of("ARTICLE"), "en").path("search.totalCount").entity(Integer.class).isEqualTo(1);
		search("Meclis", List.of("ARTICLE"), "az").path("search.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void phrasesExclusionsAndAlternatives() {
		assertThat(slugs("\"protocol on cooperation\""))
			.containsExactlyInAnyOrder("milli-majlis-tbmm-cooperation-protocol-2023", "azernews-209189");
		assertThat(slugs("\"cooperation on protocol\"")).isEmpty();
		assertThat(slugs("declaration -shusha")).doesNotContain("shusha-declaration");
		assertThat(slugs("kurtulmus OR gafarova")).contains("numan-kurtulmus", "sahiba-gafarova");
		assertThat(slugs("kurtulmus gafarova")).isEmpty();
	}

	@Test
	void snippetMarksWhereTheTermsMatch() {
		var edges = search("sentop tweeted", null, null).path("search.edges[*].snippet")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(edges).isNotEmpty().allSatisfy(snippet -> {
			String text = (String) snippet.get("text");
			@SuppressWarnings("unchecked")
			List<Map<String, Integer>> highlights = (List<Map<String, Integer>>) snippet.get("highlights");
			assertThat(highlights).isNotEmpty()
				.allSatisfy(range -> assertThat(Folding.fold(text.substring(range.get("start"), range.get("end"))))
					.matches("sentop|tweeted"));
		});
	}

	@Test
	void walkingAllPagesYieldsEachResultOnceInOrder() {
		List<String> all = cursors(search("the", null, null, 100, null));
		assertThat(all).hasSizeGreaterThan(5).doesNotHaveDuplicates();

		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = search("the", null, null, 2, after);
			walked.addAll(cursors(page));
			hasNext = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).containsExactlyElementsOf(all);
		search("the", null, null, 2, null).path("search.totalCount").entity(Integer.class).isEqualTo(all.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unclosed", "OR", "-sentop", "" })
	void unreadableQueryIsABadRequest(String query) {
		search(query, null, null).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).startsWith("Invalid search query: ");
		}));
	}

	@Test
	void cursorOfAnotherConnectionIsABadRequest() {
		String quoteCursor = this.graphQl.document("{ quotes(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("quotes.pageInfo.endCursor")
			.entity(String.class)
			.get();

		search("sentop", null, null, 5, quoteCursor).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("comes from another ordering");
			}));
	}

	private List<String> slugs(String query) {
		return search(query, null, null).path("search.edges[*].node.slug").entityList(String.class).get();
	}

	private static List<String> cursors(GraphQlTester.Response page) {
		return page.path("search.edges[*].cursor").entityList(String.class).get();
	}

	private GraphQlTester.Response search(String query, List<String> types, String language) {
		return search(query, types, language, 100, null);
	}

	private GraphQlTester.Response search(String query, List<String> types, String language, int first, String after) {
		return this.graphQl.document(SEARCH)
			.variable("query", query)
			.variable("types", types)
			.variable("language", language)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

}
