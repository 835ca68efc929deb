package io.parlgraph.graphql;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.SchemaMappingInspector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start's schema inspection is a warning when a field is unmapped, and quiet when all
 * is mapped. Its log is recorded here, not printed: the warning is provoked.
 */
class SchemaInspectionLogTests {

	// language=GraphQL
	private static final GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { greeting: String, farewell: String }"),
			RuntimeWiring.newRuntimeWiring().build());

	private static final DataFetcher<String> hello = env -> "hello";

	private final Logger logger = (Logger) LoggerFactory.getLogger(SchemaInspectionLog.class);

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void recordLog() {
		this.log.start();
		this.logger.addAppender(this.log);
		this.logger.setAdditive(false);
	}

	@AfterEach
	void printLogAgain() {
		this.logger.setAdditive(true);
		this.logger.detachAppender(this.log);
	}

	@Test
	void unmappedFieldIsLoggedAsAWarning() {
		SchemaInspectionLog.log(SchemaMappingInspector.inspect(schema, Map.of("Query", Map.of("greeting", hello))));

		assertThat(this.log.list).singleElement().satisfies(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).startsWith("GraphQL schema inspection")
				.contains("Unmapped fields: {Query=[farewell]}");
		});
	}

	@Test
	void fullyMappedSchemaLogsNoWarning() {
		SchemaInspectionLog
			.log(SchemaMappingInspector.inspect(schema, Map.of("Query", Map.of("greeting", hello, "farewell", hello))));

		assertThat(this.log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
	}

}
