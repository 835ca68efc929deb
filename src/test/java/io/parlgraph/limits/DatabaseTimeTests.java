package io.parlgraph.limits;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import graphql.GraphQLContext;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's data source times the statements run for a request, and only those.
 */
@SpringBootTest
class DatabaseTimeTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void theStatementsOfARequestAreTimedAndOthersAreNot() throws Exception {
		AtomicLong measured = new AtomicLong();
		GraphQLContext request = GraphQLContext.newContext().build();
		DatabaseTime.measure(request, measured);

		// as Spring for GraphQL restores a request's context around its data fetchers
		try (ContextSnapshot.Scope scope = ContextSnapshotFactory.builder()
			.build()
			.captureFrom(request)
			.setThreadLocals()) {
			long took = runSlowStatement();
			assertThat(took).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(5));
			assertThat(measured.get()).isBetween(took / 2, took);
		}
		long before = measured.get();
		runSlowStatement();
		assertThat(measured.get()).isEqualTo(before);
	}

	/**
	 * A statement that keeps the database busy for a while; how long it took, in
	 * nanoseconds.
	 */
	private long runSlowStatement() throws Exception {
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			String product = connection.getMetaData().getDatabaseProductName();
			String sql = product.equals("PostgreSQL") ? "select sum(x * 2) from generate_series(1, 2000000) as x"
					: "select sum(x * 2) from system_range(1, 2000000)";
			try (ResultSet count = statement.executeQuery(sql)) {
				assertThat(count.next()).isTrue();
			}
		}
		return System.nanoTime() - start;
	}

}
