package io.parlgraph.postgres;

import java.sql.SQLException;

import io.parlgraph.search.SearchContract;
import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search over the seed on PostgreSQL: the same results as on H2 ({@link SearchContract}). */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class PostgresSearchTests extends SearchContract {

	private static final PostgresDatabase database = PostgresDatabase.create();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		database.drop();
	}

}
