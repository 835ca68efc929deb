package io.parlgraph.graphql;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's batches read in one read-only session once its document is known, and none of
 * them begins a transaction: a nested query sends no BEGIN and no end at all.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:query-transactions;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class QueryTransactionTests {

	// language=GraphQL
	private static final String NESTED = """
			{ parliaments(first: 5) { edges { node { visitsMade(first: 5) { edges { node {
			  city visitor { name } hostParliament { visitsHosted(first: 5) { edges { node { city } } } }
			} } } } } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private Transactions transactions;

	@Test
	void aKnownQueryReadsAllItsBatchesWithoutBeginningATransaction() {
		this.graphQl.document(NESTED).execute().errors().verify();
		this.transactions.begun.clear();

		List<String> visitors = this.graphQl.document(NESTED)
			.execute()
			.errors()
			.verify()
			.path("parliaments.edges[*].node.visitsMade.edges[*].node.visitor.name")
			.entityList(String.class)
			.get();

		assertThat(String.join(", ", visitors)).contains("Gafarova");
		assertThat(this.transactions.begun).isEmpty();
	}

	@TestConfiguration
	static class Transactions implements TransactionExecutionListener {

		final List<String> begun = new CopyOnWriteArrayList<>();

		@Override
		public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
			this.begun.add(transaction.isReadOnly() ? "read-only" : "read-write");
		}

	}

}
