package io.parlgraph.data;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains a start that failed because another process holds the embedded H2 database
 * file (two instances started on one data folder), instead of leaving it in a stack trace
 * of the pool and Flyway. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseInUseFailureAnalyzer implements FailureAnalyzer {

	/** H2's SQL state for "Database may be already in use" (its error code 90020). */
	private static final String DATABASE_ALREADY_OPEN = "90020";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException ex && DATABASE_ALREADY_OPEN.equals(ex.getSQLState())) {
				return new FailureAnalysis(
						"The embedded H2 database file is in use by another process, most likely "
								+ "another ParlGraph instance started on the same data folder. " + ex.getMessage(),
						"Stop the other instance, or give this one a data folder of its own (PARLGRAPH_DATA_DIR). "
								+ "Instances that share their data need PostgreSQL (the postgres profile).",
						failure);
			}
		}
		return null;
	}

}
