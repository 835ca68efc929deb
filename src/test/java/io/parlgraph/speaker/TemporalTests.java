package io.parlgraph.speaker;

import java.time.LocalDate;

import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's role depends on the day: the term they served then, behind every quote,
 * signature and visit. Over the seed, plus a TURKPA presidency of Sahiba Gafarova from
 * 2023 that overlaps her chairing of the Milli Majlis, and a quote of Mustafa Şentop
 * after his term.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:temporal;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemporalTests {

	private static final String TBMM_SPEAKER = "Speaker of the Grand National Assembly of Türkiye";

	private static final String TURKPA_PRESIDENT = "President of TURKPA";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	void addAnOverlappingTermAndAQuoteAfterATerm() {
		this.jdbc
			.sql("insert into speaker_term (slug, speaker_id, parliament_id, title, start_date) values"
					+ " ('gafarova-turkpa', ?, ?, ?, ?)")
			.params(id("speaker", "sahiba-gafarova"), id("parliament", "turkpa"), TURKPA_PRESIDENT,
					LocalDate.of(2023, 4, 1))
			.update();
		this.jdbc
			.sql("insert into quote (slug, speaker_id, content, language, kind, medium, said_on) values"
					+ " ('sentop-after-term', ?, 'After the term', 'tr', 'DIRECT', 'TWEET', ?)")
			.params(id("speaker", "mustafa-sentop"), LocalDate.of(2023, 6, 5))
			.update();
	}

	@Test
	void speakersTermOnADay() {
		// language=GraphQL
		String document = """
				query terms($sentop: ID!, $gafarova: ID!) {
				  sentop: node(id: $sentop) { ... on Speaker {
				    during: term(asOf: "2023-04-28") { title startDate endDate }
				    between: term(asOf: "2023-06-05") { title }
				    today: term { title }
				  } }
				  gafarova: node(id: $gafarova) { ... on Speaker {
				    before: term(asOf: "2023-03-31") { title }
				    overlapping: term(asOf: "2023-04-28") { title }
				  } }
				}
				""";
		var response = this.graphQl.document(document)
			.variable("sentop", GlobalId.encode("Speaker", id("speaker", "mustafa-sentop")))
			.variable("gafarova", GlobalId.encode("Speaker", id("speaker", "sahiba-gafarova")))
			.execute();

		response.path("sentop.during.title").entity(String.class).isEqualTo(TBMM_SPEAKER);
		response.path("sentop.during.endDate").entity(String.class).isEqualTo("2023-06-02");
		response.path("sentop.between").valueIsNull();
		response.path("sentop.today").valueIsNull();
		response.path("gafarova.before.title").entity(String.class).isEqualTo("Chair of the Milli Majlis");
		response.path("gafarova.overlapping.title").entity(String.class).isEqualTo(TURKPA_PRESIDENT);
	}

	@Test
	void quotesCarryTheSpeakersRoleWhenItWasSaid() {
		// language=GraphQL
		String document = """
				{ quotes(first: 100) { edges { node { slug speaker { slug } speakerTerm { title } } } } }
				""";
		var response = this.graphQl.document(document).execute();

		response
			.path("quotes.edges[?(@.node.speaker.slug == 'mustafa-sentop' && @.node.slug != 'sentop-after-term')]"
					+ ".node.speakerTerm.title")
			.entityList(String.class)
			.hasSize(6)
			.satisfies(titles -> assertThat(titles).containsOnly(TBMM_SPEAKER));
		response.path("quotes.edges[?(@.node.slug == 'sentop-after-term')].node.speakerTerm")
			.entityList(Object.class)
			.containsExactly((Object) null);
		response.path("quotes.edges[?(@.node.speaker.slug == 'sahiba-gafarova')].node.speakerTerm.title")
			.entityList(String.class)
			.containsExactly(TURKPA_PRESIDENT, TURKPA_PRESIDENT, TURKPA_PRESIDENT);
	}

	@Test
	void signaturesAndVisitsCarryTheRoleOfTheDay() {
		// language=GraphQL
		String document = """
				{
				  protocols { edges { node { slug parties { signatoryName signatoryTerm { title } } } } }
				  visits { edges { node { visitor { slug } visitorTerm { title } } } }
				}
				""";
		var response = this.graphQl.document(document).execute();

		response.path("protocols.edges[0].node.parties[*].signatoryTerm.title")
			.entityList(String.class)
			.containsExactly(TURKPA_PRESIDENT, TBMM_SPEAKER);
		response.path("protocols.edges[1].node.slug").entity(String.class).isEqualTo("shusha-declaration");
		response.path("protocols.edges[1].node.parties[*].signatoryTerm")
			.entityList(Object.class)
			.containsExactly(null, null);
		response.path("visits.edges[0].node.visitorTerm.title").entity(String.class).isEqualTo(TURKPA_PRESIDENT);
	}

	private long id(String table, String slug) {
		return this.jdbc.sql("select id from " + table + " where slug = ?").param(slug).query(Long.class).single();
	}

}
