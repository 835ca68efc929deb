package io.parlgraph.postgres;

import io.parlgraph.search.SearchContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search over the seed on PostgreSQL: the same results as on H2 ({@link SearchContract}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class PostgresSearchTests extends SearchContract {

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

}
