package io.parlgraph.postgres;

import io.parlgraph.graphql.GlobalId;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations, seed and batched reads on PostgreSQL as on the embedded H2: the
 * SQL the loaders generate (window functions, keyset bounds, entity joins) must run on
 * both.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class PostgresSeedTests {

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@Test
	void nestedQueryFromParliamentToArticlesReturnsTheSeedFacts() {
		var response = this.graphQl.documentName("seedFacts").variable("day", "2023-04-28").execute();

		response.errors().verify();
		String protocol = "parliaments.edges[0].node.speaker.visits.edges[0].node.protocols.edges[0].node";
		response.path(protocol + ".signatories.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Sahiba Gafarova", "Mustafa Şentop");
		response
			.path(protocol
					+ ".signatories.edges[1].node.quotes.edges[*].node.sources.edges[0].node.article.publishedAt")
			.entityList(String.class)
			.hasSize(6)
			.satisfies(times -> assertThat(times).containsOnly("2023-04-28T12:18:00+04:00"));
	}

	@Test
	void pagesAndBatchesAsOnTheEmbeddedDatabase() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		// language=GraphQL
		String document = """
				query($a: ID!) {
				  speakers(first: 2) { edges { node { name quotes(last: 2) { edges { node { language } } pageInfo { hasPreviousPage } } } } }
				  parliament(id: $a) { name speaker(asOf: "2024-01-01") { name } }
				}
				""";
		var response = this.graphQl.document(document).variable("a", GlobalId.encode("Parliament", 3)).execute();

		response.path("speakers.edges[1].node.quotes.edges[*].node.language")
			.entityList(String.class)
			.containsExactly("tr", "en");
		response.path("speakers.edges[1].node.quotes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		response.path("parliament.speaker.name").entity(String.class).isEqualTo("Numan Kurtulmuş");
		assertThat(statistics.getPrepareStatementCount()).as("speakers, quotes, parliament, names, presiding speaker")
			.isEqualTo(5);
	}

}
