package io.parlgraph;

import java.time.LocalDate;
import java.util.List;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentKind;
import io.parlgraph.parliament.ParliamentName;
import io.parlgraph.parliament.ParliamentNameRepository;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.quote.Quote;
import io.parlgraph.quote.QuoteKind;
import io.parlgraph.quote.QuoteMedium;
import io.parlgraph.quote.QuoteRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitKind;
import io.parlgraph.visit.VisitRepository;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relation is read by a batch loader: the number of SQL statements of a nested
 * query depends on how many relations it walks, not on how many parents each level has.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:batching;DB_CLOSE_DELAY=-1",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchingTests {

	/**
	 * Six reads: parliaments, their names, visits, visitors, quotes, and the quotes'
	 * sources.
	 */
	// language=GraphQL
	private static final String FOUR_LEVELS = """
			query nested($parents: Int) {
			  parliaments(first: $parents, filter: { kind: NATIONAL_PARLIAMENT }) { edges { node {
			    name
			    visitsMade(first: 5) { edges { node {
			      visitor {
			        name
			        quotes(first: 5) { edges { node {
			          text
			          sources { edges { node { passage article { headline } } } }
			        } } }
			      }
			    } } }
			  } } }
			}
			""";

	private static final int STATEMENTS = 6;

	@Autowired
	private HttpGraphQlTester graphQl;

	private Statistics statistics;

	@BeforeAll
	void addFiftyParliamentsWithSpeakersVisitsAndQuotes(@Autowired ParliamentRepository parliaments,
			@Autowired ParliamentNameRepository names, @Autowired SpeakerRepository speakers,
			@Autowired VisitRepository visits, @Autowired QuoteRepository quotes, @Autowired JdbcClient jdbc,
			@Autowired EntityManagerFactory entityManagerFactory) {
		long article = jdbc.sql("select id from article").query(Long.class).single();
		for (int i = 0; i < 50; i++) {
			Parliament parliament = parliaments
				.save(new Parliament("parliament-" + i, ParliamentKind.NATIONAL_PARLIAMENT, "AZ", null));
			names.save(new ParliamentName(parliament.getId(), "en", "Parliament " + i, null));
			Speaker speaker = speakers.save(new Speaker("speaker-" + i, "Speaker " + i, "AZ"));
			visits.save(new Visit("visit-" + i, VisitKind.OFFICIAL, speaker.getId(), parliament.getId(),
					parliament.getId(), "Baku", "AZ", LocalDate.of(2024, 1, 1), null, null));
			for (int q = 0; q < 3; q++) {
				Quote quote = quotes.save(new Quote("quote-" + i + "-" + q, speaker.getId(), "Words " + q, "en",
						QuoteKind.DIRECT, QuoteMedium.STATEMENT, LocalDate.of(2024, 1, 1), null, null));
				jdbc.sql(
						"insert into quote_source (subject_id, article_id, start_offset, end_offset) values (?, ?, 0, 11)")
					.params(quote.getId(), article)
					.update();
			}
		}
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 50 })
	void nestedQueryIssuesOneStatementPerRelationWhateverTheNumberOfParents(int parents) {
		this.statistics.clear();

		var response = this.graphQl.document(FOUR_LEVELS).variable("parents", parents).execute();

		response.errors().verify();
		response.path("parliaments.edges").entityList(Object.class).hasSize(parents);
		String visitor = "parliaments.edges[%d].node.visitsMade.edges[0].node.visitor".formatted(parents - 1);
		response.path(visitor + ".quotes.edges").entityList(Object.class).hasSize(3);
		response.path(visitor + ".quotes.edges[2].node.sources.edges[0].node.passage")
			.entity(String.class)
			.isEqualTo("Azerbaijani");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(STATEMENTS);
	}

	@Test
	void childrenOfSeveralRootFieldsAreLoadedInOneBatch() {
		this.statistics.clear();

		// language=GraphQL
		String document = """
				query two($a: ID!, $b: ID!) {
				  a: parliament(id: $a) { names { name } }
				  b: parliament(id: $b) { names { name } }
				}
				""";
		var response = this.graphQl.document(document)
			.variable("a", GlobalId.encode("Parliament", 1))
			.variable("b", GlobalId.encode("Parliament", 2))
			.execute();

		response.path("a.names").entityList(Object.class).hasSize(3);
		response.path("b.names").entityList(Object.class).hasSize(3);
		assertThat(this.statistics.getPrepareStatementCount()).as("two lookups, one names batch").isEqualTo(3);
	}

	@Test
	void nodesAreReadInOneStatementWithTheObjectsTheirSelectedFieldsPointTo(@Autowired JdbcClient jdbc) {
		List<Long> quotes = jdbc
			.sql("select id from quote where visit_id is not null order by id fetch first 2 rows only")
			.query(Long.class)
			.list();

		// language=GraphQL
		String document = """
				query quotes($a: ID!, $b: ID!) {
				  one: node(id: $a) { ...said }
				  both: nodes(ids: [$a, $b]) { ... on Quote { speaker { name } visit { city } } }
				}
				fragment said on Quote { text speaker { name } visit { city } }
				""";
		var request = this.graphQl.document(document)
			.variable("a", GlobalId.encode("Quote", quotes.get(0)))
			.variable("b", GlobalId.encode("Quote", quotes.get(1)));
		// a document's first run reads without the request-wide session the lookups share
		request.execute().errors().verify();
		this.statistics.clear();

		var response = request.execute();

		response.errors().verify();
		response.path("one.speaker.name").entity(String.class).isEqualTo("Sahiba Gafarova");
		response.path("one.visit.city").entity(String.class).isEqualTo("Ankara");
		response.path("both[*].speaker.name").entityList(String.class).hasSize(2).contains("Sahiba Gafarova");
		response.path("both[*].visit.city").entityList(String.class).hasSize(2);
		assertThat(this.statistics.getPrepareStatementCount()).as("the quotes, joined with speakers and visits")
			.isEqualTo(1);
	}

	@Test
	void aPageIsReadInOneStatementWithTheObjectsItsNodesSelectedFieldsPointTo() {
		// language=GraphQL
		String document = """
				{ quotes(first: 5, filter: { language: "en" }) { edges { node { ...said } } } }
				fragment said on Quote { text speaker { name } ... on Quote { visit { city } } }
				""";
		// a document's first run reads without the request-wide session the lookups share
		this.graphQl.document(document).execute().errors().verify();
		this.statistics.clear();

		var response = this.graphQl.document(document).execute();

		response.errors().verify();
		response.path("quotes.edges[*].node.speaker.name").entityList(String.class).hasSize(5);
		response.path("quotes.edges[0].node.visit.city").entity(String.class).isEqualTo("Ankara");
		assertThat(this.statistics.getPrepareStatementCount()).as("the page, joined with speakers and visits")
			.isEqualTo(1);
	}

	@Test
	void documentReferencesAreReadInBothDirections(@Autowired JdbcClient jdbc) {
		jdbc.sql("""
				insert into protocol_reference (protocol_id, referenced_id)
				select p.id, r.id from protocol p, protocol r
				where p.slug = 'milli-majlis-tbmm-cooperation-protocol-2023' and r.slug = 'shusha-declaration'
				""").update();

		// language=GraphQL
		String document = """
				{ protocols { edges { node { slug
				    references { edges { node { slug } } }
				    referencedBy { edges { node { slug } } }
				} } } }
				""";
		var response = this.graphQl.document(document).execute();

		response.path("protocols.edges[0].node.references.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("shusha-declaration");
		response.path("protocols.edges[1].node.referencedBy.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("milli-majlis-tbmm-cooperation-protocol-2023");
		response.path("protocols.edges[1].node.references.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void nestedConnectionWithArgumentsIsOneStatementForFiftyParents() {
		this.statistics.clear();

		var response = this.graphQl
			.document("{ speakers(first: 50) { edges { node { quotes(first: 2) { edges { node { text } } } } } } }")
			.execute();

		response.path("speakers.edges[*].node.quotes.edges[*].node.text").entityList(String.class).hasSize(2 * 47 + 4);
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(2);
	}

}
