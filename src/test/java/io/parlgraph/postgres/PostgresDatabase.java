package io.parlgraph.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty PostgreSQL database on the server named by {@code PARLGRAPH_TEST_PG_URL}
 * (default: the local server). As a JUnit extension in a static field, one for the test
 * class: created before its tests, dropped after them. Without a server the tests are
 * skipped with a message, except in CI ({@code CI=true}), where they fail.
 */
final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

	private static final String ADMIN_URL = System.getenv()
		.getOrDefault("PARLGRAPH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("PARLGRAPH_TEST_PG_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("PARLGRAPH_TEST_PG_PASSWORD", "");

	private final String name;

	private volatile boolean created;

	PostgresDatabase() {
		this("parlgraph_test_" + UUID.randomUUID().toString().replace("-", ""));
	}

	PostgresDatabase(String name) {
		this.name = name;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		create();
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		if (this.created) {
			drop();
		}
	}

	/**
	 * Creates the database, or skips the tests (fails them in CI) when no server answers.
	 */
	PostgresDatabase create() {
		try {
			admin("create database " + this.name);
			this.created = true;
		}
		catch (SQLException ex) {
			unreachable(ex);
		}
		return this;
	}

	/** Skips the tests (fails them in CI) unless the server answers. */
	static void requireServer() {
		try {
			admin("select 1");
		}
		catch (SQLException ex) {
			unreachable(ex);
		}
	}

	private static void unreachable(SQLException ex) {
		String message = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + ex.getMessage()
				+ "); set PARLGRAPH_TEST_PG_URL, or start it";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message, ex);
		}
		// the build's report counts a skipped test class as no tests at all, so say why
		System.err.println("Skipping PostgreSQL tests: " + message);
		Assumptions.abort(message);
	}

	String url() {
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + this.name;
	}

	/** The datasource properties that point the application at this database. */
	Map<String, Object> properties() {
		return Map.of("spring.datasource.url", url(), "spring.datasource.username", USER, "spring.datasource.password",
				PASSWORD,
				// JDBC batches of inserts go as multi-row inserts (bulk loads, synthetic
				// data)
				"spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true",
				// the test framework caches many application contexts: a small pool each,
				// and idle
				// connections given back, keep the whole suite under the server's
				// max_connections
				"spring.datasource.hikari.maximum-pool-size", "5", "spring.datasource.hikari.minimum-idle", "0",
				"spring.datasource.hikari.idle-timeout", "10000");
	}

	void register(DynamicPropertyRegistry registry) {
		properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * Locks the table from a session of its own until the returned lock is closed: every
	 * other statement on the table waits.
	 */
	TableLock lock(String table) throws SQLException {
		Connection connection = connect();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table " + table + " in access exclusive mode");
		}
		return new TableLock(connection);
	}

	/**
	 * Terminates the sessions on this database that wait for a lock; returns how many.
	 */
	int terminateSessionsWaitingForALock() throws SQLException {
		// pick the sessions first: in one query the planner may call pg_terminate_backend
		// on any row
		List<Integer> waiting = new ArrayList<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet sessions = statement.executeQuery("select pid from pg_stat_activity"
						+ " where datname = current_database() and wait_event_type = 'Lock'")) {
			while (sessions.next()) {
				waiting.add(sessions.getInt(1));
			}
			for (int pid : waiting) {
				statement.execute("select pg_terminate_backend(" + pid + ")");
			}
		}
		return waiting.size();
	}

	void drop() throws SQLException {
		admin("drop database if exists " + this.name + " with (force)");
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), USER, PASSWORD);
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** A lock held by a session of its own; closing ends the session's transaction. */
	record TableLock(Connection connection) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			this.connection.rollback();
			this.connection.close();
		}

	}

}
