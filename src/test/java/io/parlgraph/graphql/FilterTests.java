package io.parlgraph.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every filter of the root connections, over the seed; given fields must all match. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class FilterTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void articlesMentioningEveryOrAnyOfSeveralFacts() {
		String gafarova = id("Speaker", "speaker", "sahiba-gafarova");
		String kurtulmus = id("Speaker", "speaker", "numan-kurtulmus");
		String shusha = id("Protocol", "protocol", "shusha-declaration");
		String tbmm = id("Parliament", "parliament", "tbmm");

		assertThat(articles("mentions", List.of(gafarova, tbmm, shusha))).containsExactly("azernews-209189");
		assertThat(articles("mentions", List.of(gafarova, kurtulmus))).isEmpty();
		assertThat(articles("mentions", List.of())).containsExactly("azernews-209189");
		assertThat(articles("mentionsAny", List.of(kurtulmus))).isEmpty();
		assertThat(articles("mentionsAny", List.of(kurtulmus, shusha))).containsExactly("azernews-209189");
		assertThat(articles("mentionsAny", List.of())).isEmpty();
	}

	@Test
	void articlesMentionOnlyFactsNotOtherArticles() {
		String article = id("Article", "article", "azernews-209189");

		this.graphQl.document("query($ids: [ID!]) { articles(filter: { mentions: $ids }) { totalCount } }")
			.variable("ids", List.of(article))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("is an Article ID, but articles mention only Parliament");
			}));
	}

	@Test
	void quotesByWhoeverPresidedOverAParliamentOnTheDay() {
		assertThat(quoteCount("{ parliament: \"" + id("Parliament", "parliament", "tbmm") + "\" }")).isEqualTo(6);
		assertThat(quoteCount("{ parliament: \"" + id("Parliament", "parliament", "milli-majlis") + "\" }"))
			.isEqualTo(3);
		assertThat(quoteCount("{ parliament: \"" + id("Parliament", "parliament", "turkpa") + "\" }")).isZero();
	}

	@Test
	void quotesByCountryVisitLanguageMediumAndDay() {
		assertThat(quoteCount("{ country: \"TR\" }")).isEqualTo(6);
		assertThat(quoteCount("{ visit: \"" + id("Visit", "visit", "gafarova-ankara-2023-04") + "\" }")).isEqualTo(9);
		assertThat(quoteCount("{ language: \"tr\" }")).isEqualTo(1);
		assertThat(quoteCount("{ medium: TWEET }")).isEqualTo(2);
		assertThat(quoteCount("{ from: \"2023-04-27\", to: \"2023-04-27\" }")).isEqualTo(9);
		assertThat(quoteCount("{ from: \"2023-04-28\" }")).isZero();
	}

	@Test
	void filtersCombineWithAnd() {
		String sentop = id("Speaker", "speaker", "mustafa-sentop");
		assertThat(quoteCount("{ speaker: \"" + sentop + "\", language: \"tr\" }")).isEqualTo(1);
		assertThat(quoteCount("{ speaker: \"" + sentop + "\", language: \"tr\", medium: STATEMENT }")).isZero();
		assertThat(quoteCount("{ country: \"AZ\", medium: TWEET }")).isZero();
	}

	@Test
	void speakersInOfficeOnADayOverAParliament() {
		String tbmm = id("Parliament", "parliament", "tbmm");

		assertThat(speakers("{ parliament: \"" + tbmm + "\" }")).containsExactly("mustafa-sentop", "numan-kurtulmus");
		assertThat(speakers("{ parliament: \"" + tbmm + "\", presidingOn: \"2023-06-05\" }")).isEmpty();
		assertThat(speakers("{ parliament: \"" + tbmm + "\", presidingOn: \"2024-01-01\" }"))
			.containsExactly("numan-kurtulmus");
		assertThat(speakers("{ presidingOn: \"2023-04-28\" }")).containsExactly("sahiba-gafarova", "mustafa-sentop");
		assertThat(speakers("{ presidingOn: \"2023-04-28\", country: \"AZ\" }")).containsExactly("sahiba-gafarova");
	}

	@Test
	void eventsVisitsAndDocumentsByWhatTheyBelongTo() {
		String turkpa = id("Parliament", "parliament", "turkpa");
		String session = id("Event", "event", "turkpa-xii-plenary-session");
		String visit = id("Visit", "visit", "gafarova-ankara-2023-04");

		assertThat(slugs("events(filter: { organizer: \"" + turkpa + "\" })", "events"))
			.containsExactly("turkpa-xii-plenary-session");
		assertThat(slugs("visits(filter: { occasion: \"" + session + "\" })", "visits"))
			.containsExactly("gafarova-ankara-2023-04");
		assertThat(slugs("visits(filter: { occasion: \"" + id("Event", "event", "44-day-war") + "\" })", "visits"))
			.isEmpty();
		assertThat(slugs("protocols(filter: { party: \"TR\" })", "protocols"))
			.containsExactly("milli-majlis-tbmm-cooperation-protocol-2023", "shusha-declaration");
		assertThat(slugs(
				"protocols(filter: { party: \"TR\", parliament: \"" + id("Parliament", "parliament", "tbmm") + "\" })",
				"protocols"))
			.containsExactly("milli-majlis-tbmm-cooperation-protocol-2023");
		assertThat(slugs("protocols(filter: { visit: \"" + visit + "\" })", "protocols"))
			.containsExactly("milli-majlis-tbmm-cooperation-protocol-2023");
		assertThat(slugs("protocols(filter: { party: \"AM\" })", "protocols")).isEmpty();
	}

	@Test
	void idOfTheWrongTypeInAFilterIsABadRequest() {
		this.graphQl.document("query($id: ID) { quotes(filter: { visit: $id }) { totalCount } }")
			.variable("id", id("Event", "event", "44-day-war"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).endsWith("is an Event ID, but a Visit ID is expected");
			}));
	}

	private List<String> articles(String field, List<String> ids) {
		return this.graphQl
			.document(
					"query($ids: [ID!]) { articles(filter: { " + field + ": $ids }) { edges { node {" + " slug } } } }")
			.variable("ids", ids)
			.execute()
			.path("articles.edges[*].node.slug")
			.entityList(String.class)
			.get();
	}

	private int quoteCount(String filter) {
		return this.graphQl.document("{ quotes(filter: " + filter + ", first: 1) { totalCount } }")
			.execute()
			.path("quotes.totalCount")
			.entity(Integer.class)
			.get();
	}

	private List<String> speakers(String filter) {
		return slugs("speakers(filter: " + filter + ")", "speakers");
	}

	private List<String> slugs(String connection, String field) {
		return this.graphQl.document("{ " + connection + " { edges { node { slug } } } }")
			.execute()
			.path(field + ".edges[*].node.slug")
			.entityList(String.class)
			.get();
	}

	private String id(String type, String table, String slug) {
		long id = this.jdbc.sql("select id from " + table + " where slug = ?").param(slug).query(Long.class).single();
		return GlobalId.encode(type, id);
	}

}
