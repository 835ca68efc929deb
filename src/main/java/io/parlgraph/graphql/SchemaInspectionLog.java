package io.parlgraph.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Logs the schema inspection Spring for GraphQL runs at start as a warning when it finds
 * a problem (a field nothing serves, a mapping or argument matching no field, a nullness
 * mismatch), and otherwise only at DEBUG. Boot logs every report at INFO, and a clean one
 * still lists the types skipped for want of a Java class (connections built at run time),
 * which reads like a misconfiguration but is none.
 */
@Component
class SchemaInspectionLog implements GraphQlSourceBuilderCustomizer {

	private static final Logger logger = LoggerFactory.getLogger(SchemaInspectionLog.class);

	private final boolean enabled;

	SchemaInspectionLog(GraphQlProperties properties) {
		this.enabled = properties.getSchema().getInspection().isEnabled();
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		if (this.enabled) {
			builder.inspectSchemaMappings(SchemaInspectionLog::log);
		}
	}

	static void log(SchemaReport report) {
		if (hasProblems(report)) {
			logger.warn("{}", report);
		}
		else {
			logger.debug("{}", report);
		}
	}

	private static boolean hasProblems(SchemaReport report) {
		return !report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
				|| !report.unmappedArguments().isEmpty() || !report.fieldNullnessErrors().isEmpty()
				|| !report.argumentNullnessErrors().isEmpty();
	}

}
