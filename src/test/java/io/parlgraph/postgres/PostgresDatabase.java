package io.parlgraph.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty PostgreSQL database for one test class, on the server named by
 * {@code PARLGRAPH_TEST_PG_URL} (default: the local server). Without a server the tests are
 * skipped with a message, except in CI ({@code CI=true}), where they fail.
 */
final class PostgresDatabase {

	private static final String ADMIN_URL = System.getenv()
		.getOrDefault("PARLGRAPH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("PARLGRAPH_TEST_PG_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("PARLGRAPH_TEST_PG_PASSWORD", "");

	private final String name = "parlgraph_test_" + UUID.randomUUID().toString().replace("-", "");

	/** Creates the database, or skips the tests (fails them in CI) when no server answers. */
	static PostgresDatabase create() {
		PostgresDatabase database = new PostgresDatabase();
		try {
			database.execute("create database " + database.name);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + ex.getMessage()
					+ "); set PARLGRAPH_TEST_PG_URL, or start it";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message, ex);
			}
			Assumptions.abort(message);
		}
		return database;
	}

	void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + this.name);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

	void drop() throws SQLException {
		execute("drop database if exists " + this.name + " with (force)");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
