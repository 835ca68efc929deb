package io.parlgraph;

import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article's facts, read over HTTP from the seeded embedded database. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class SeedFactsTests {

	private static final String PROTOCOL = "Protocol on Cooperation between the Milli Majlis of the Republic of "
			+ "Azerbaijan and the Grand National Assembly of Türkiye";

	private static final String SPEAKER_PATH = "parliaments.edges[0].node.speaker";

	private static final String VISIT_PATH = SPEAKER_PATH + ".visits.edges[0].node";

	private static final String PROTOCOL_PATH = VISIT_PATH + ".protocols.edges[0].node";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void nestedQueryFromParliamentToArticlesReturnsTheSeedFacts() {
		var response = this.graphQl.documentName("seedFacts").variable("day", "2023-04-28").execute();

		response.path("parliaments.edges[*].node.slug").entityList(String.class).containsExactly("milli-majlis");
		response.path(SPEAKER_PATH + ".name").entity(String.class).isEqualTo("Sahiba Gafarova");
		response.path(SPEAKER_PATH + ".visits.edges").entityList(Object.class).hasSize(1);
		response.path(VISIT_PATH)
			.entity(Map.class)
			.satisfies(visit -> assertThat(visit).containsEntry("kind", "WORKING")
				.containsEntry("city", "Ankara")
				.containsEntry("country", "TR")
				.containsEntry("startDate", "2023-04-27"));
		response.path(VISIT_PATH + ".hostParliament.name")
			.entity(String.class)
			.isEqualTo("Türkiye Büyük Millet Meclisi");
		response.path(VISIT_PATH + ".occasion.name")
			.entity(String.class)
			.isEqualTo("XII Plenary Session of the Parliamentary Assembly of Turkic States");
		response.path(VISIT_PATH + ".meetings.edges[*].node.format")
			.entityList(String.class)
			.containsExactly("ONE_ON_ONE", "DELEGATIONS");
		response.path(VISIT_PATH + ".protocols.edges[*].node.title").entityList(String.class).containsExactly(PROTOCOL);
		response.path(PROTOCOL_PATH + ".signedOn").entity(String.class).isEqualTo("2023-04-27");
		response.path(PROTOCOL_PATH + ".parties[*].parliament.slug")
			.entityList(String.class)
			.containsExactly("milli-majlis", "tbmm");
		response.path(PROTOCOL_PATH + ".signatories.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Sahiba Gafarova", "Mustafa Şentop");

		String sentopQuotes = PROTOCOL_PATH + ".signatories.edges[1].node.quotes.edges[*].node";
		response.path(sentopQuotes + ".medium")
			.entityList(String.class)
			.containsExactly("STATEMENT", "STATEMENT", "STATEMENT", "STATEMENT", "TWEET", "TWEET");
		response.path(sentopQuotes + ".language")
			.entityList(String.class)
			.containsExactly("en", "en", "en", "en", "tr", "en");
		response.path(PROTOCOL_PATH + ".signatories.edges[1].node.quotes.edges[4].node")
			.entity(Map.class)
			.satisfies(tweet -> assertThat(tweet).containsEntry("kind", "DIRECT")
				.containsEntry("url", "https://pic.twitter.com/PdZx1FsglO")
				.extractingByKey("text")
				.asString()
				.startsWith("Azerbaycan Millî Meclis Başkanı kıymetli dostum Sahibe Gafarova"));
		response.path(PROTOCOL_PATH + ".signatories.edges[1].node.quotes.edges[5].node.translationOf.language")
			.entity(String.class)
			.isEqualTo("tr");
		response.path(PROTOCOL_PATH + ".signatories.edges[0].node.quotes.edges").entityList(Object.class).hasSize(3);

		response.path(sentopQuotes + ".sources.edges[*].node.article.url")
			.entityList(String.class)
			.hasSize(6)
			.satisfies(urls -> assertThat(urls).containsOnly("https://www.azernews.az/nation/209189.html"));
		response.path(sentopQuotes + ".sources.edges[0].node.article.publishedAt")
			.entityList(String.class)
			.satisfies(times -> assertThat(times).containsOnly("2023-04-28T12:18:00+04:00"));
	}

	@Test
	void everyQuoteCitesThePassageOfTheArticleThatCarriesIt() {
		// language=GraphQL
		String document = """
				{ quotes(first: 100) { edges { node { text sources { edges { node {
				    passage startOffset endOffset article { body } } } } } } } }
				""";
		List<Map<String, Object>> quotes = this.graphQl.document(document)
			.execute()
			.path("quotes.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.hasSize(9)
			.get();
		for (Map<String, Object> quote : quotes) {
			Map<String, Object> citation = firstCitation(quote);
			String body = (String) ((Map<?, ?>) citation.get("article")).get("body");
			String passage = (String) citation.get("passage");
			assertThat(body.substring((Integer) citation.get("startOffset"), (Integer) citation.get("endOffset")))
				.isEqualTo(passage);
			assertThat(passage).contains((String) quote.get("text"));
		}
	}

	@Test
	void presidingSpeakerIsTheOneInOfficeThatDay() {
		// language=GraphQL
		String document = """
				query presiding($day: Date) {
				  parliaments(filter: { country: "TR" }) { edges { node { speaker(asOf: $day) { name } } } }
				}
				""";
		this.graphQl.document(document)
			.variable("day", "2023-04-28")
			.execute()
			.path("parliaments.edges[0].node.speaker.name")
			.entity(String.class)
			.isEqualTo("Mustafa Şentop");
		this.graphQl.document(document)
			.variable("day", "2023-06-05")
			.execute()
			.path("parliaments.edges[0].node.speaker")
			.valueIsNull();
		this.graphQl.document(document)
			.variable("day", "2024-01-01")
			.execute()
			.path("parliaments.edges[0].node.speaker.name")
			.entity(String.class)
			.isEqualTo("Numan Kurtulmuş");
	}

	@Test
	void nodesLooksUpObjectsOfAnyTypeByGlobalIdInTheOrderGiven() {
		// language=GraphQL
		String ids = "{ visits { edges { node { id } } } protocols { edges { node { id slug } } } }";
		var response = this.graphQl.document(ids).execute();
		String visitId = response.path("visits.edges[0].node.id").entity(String.class).get();
		String shushaId = response.path("protocols.edges[1].node.id").entity(String.class).get();
		response.path("protocols.edges[1].node.slug").entity(String.class).isEqualTo("shusha-declaration");

		// language=GraphQL
		String lookup = """
				query lookup($ids: [ID!]!) {
				  nodes(ids: $ids) {
				    __typename id
				    ... on Visit { city }
				    ... on Protocol { title parties { signatoryName } }
				  }
				}
				""";
		String unknownProtocol = GlobalId.encode("Protocol", 999);
		var nodes = this.graphQl.document(lookup)
			.variable("ids", List.of(shushaId, unknownProtocol, visitId))
			.execute();
		nodes.errors().verify();
		nodes.path("nodes[0].__typename").entity(String.class).isEqualTo("Protocol");
		nodes.path("nodes[0].id").entity(String.class).isEqualTo(shushaId);
		nodes.path("nodes[0].parties[*].signatoryName")
			.entityList(String.class)
			.containsExactly("Ilham Aliyev", "Recep Tayyip Erdoğan");
		nodes.path("nodes[1]").valueIsNull();
		nodes.path("nodes[2].city").entity(String.class).isEqualTo("Ankara");
	}

	@Test
	void articleListsEverythingItMentions() {
		// language=GraphQL
		String document = """
				{ articles { edges { node {
				    headline publisher language
				    parliaments { edges { node { slug } } }
				    speakers { edges { node { slug } } }
				    events { edges { node { slug } } }
				    visits { edges { node { slug } } }
				    meetings { edges { node { format } } }
				    protocols { edges { node { slug } } }
				    quotes { edges { node { slug } } }
				} } } }
				""";
		var article = this.graphQl.document(document).execute();
		String node = "articles.edges[0].node";
		article.path(node + ".publisher").entity(String.class).isEqualTo("Azernews");
		article.path(node + ".parliaments.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("turkpa", "milli-majlis", "tbmm");
		article.path(node + ".speakers.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("sahiba-gafarova", "mustafa-sentop");
		article.path(node + ".events.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("turkpa-xii-plenary-session", "44-day-war", "weightlifting-flag-burning-2023");
		article.path(node + ".protocols.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("milli-majlis-tbmm-cooperation-protocol-2023", "shusha-declaration");
		article.path(node + ".visits.edges").entityList(Object.class).hasSize(1);
		article.path(node + ".meetings.edges").entityList(Object.class).hasSize(2);
		article.path(node + ".quotes.edges").entityList(Object.class).hasSize(9);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstCitation(Map<String, Object> quote) {
		Map<String, Object> sources = (Map<String, Object>) quote.get("sources");
		List<Map<String, Object>> edges = (List<Map<String, Object>>) sources.get("edges");
		return (Map<String, Object>) edges.get(0).get("node");
	}

}
