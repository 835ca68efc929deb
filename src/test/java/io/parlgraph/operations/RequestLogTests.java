package io.parlgraph.operations;

import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.GlobalId;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code json-logs} profile every GraphQL request logs one JSON line: its
 * operation, duration, SQL statements (counted across the threads its batch loaders run
 * on) and errors. Logging is set up once per JVM, by the first context, and its JSON
 * format is kept in a system property: so it is reset before this class, for its context
 * to log JSON, and after it, for the classes that follow to log plain text again, with
 * request lines off again, as in the other tests.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.io.parlgraph.requests=info" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final LoggingSystem logging = LoggingSystem.get(RequestLogTests.class.getClassLoader());

	private static final String REQUESTS = "io.parlgraph.requests";

	private static @Nullable LogLevel requestsLevel;

	@BeforeAll
	static void logsSetUpAgainByThisContext() {
		LoggerConfiguration requests = logging.getLoggerConfiguration(REQUESTS);
		requestsLevel = (requests != null) ? requests.getConfiguredLevel() : null;
		logging.cleanUp();
	}

	@AfterAll
	static void plainLogsAgain(CapturedOutput output) {
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
		logging.setLogLevel(REQUESTS, requestsLevel);

		LoggerFactory.getLogger(RequestLogTests.class).info("Plain logs again");
		assertThat(output.getOut().lines().filter(line -> line.contains("Plain logs again"))).singleElement()
			.asString()
			.doesNotStartWith("{");
	}

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void requestLogsOneJsonLineWithTheStatementsOfAllItsBatches(CapturedOutput output) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		// language=GraphQL
		String document = """
				query signatories {
				  parliaments(first: 5) { edges { node { name speaker(asOf: "2023-04-28") { name
				    visits(first: 5) { edges { node { protocols(first: 5) { edges { node {
				      signatories(first: 5) { edges { node { name } } } } } } } } }
				  } } } }
				}
				""";
		this.graphQl.document(document).execute().errors().verify();

		Map<String, Object> line = requestLine(output, "signatories");
		assertThat(line).containsEntry("operationType", "query").containsEntry("errors", 0).containsKey("durationMs");
		assertThat(line.get("sqlStatements")).as("statements counted by Hibernate")
			.isEqualTo((int) statistics.getPrepareStatementCount())
			.isEqualTo(6);
	}

	@Test
	void requestLogCountsErrorsAndLeavesVariablesOut(CapturedOutput output) {
		String secret = GlobalId.encode("Speaker", 424242);

		this.graphQl.document("query lookup($id: ID!) { parliament(id: $id) { slug } }")
			.variable("id", secret)
			.execute()
			.errors()
			.expect(error -> error.getMessage().contains("is a Speaker ID"))
			.verify();

		assertThat(requestLine(output, "lookup")).containsEntry("errors", 1).containsEntry("sqlStatements", 0);
		assertThat(output.getAll()).doesNotContain(secret);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> requestLine(CapturedOutput output, String operation) {
		List<Map<String, Object>> lines = output.getOut()
			.lines()
			.filter(line -> line.startsWith("{"))
			.map(line -> (Map<String, Object>) json.readValue(line, Map.class))
			.filter(line -> "io.parlgraph.requests".equals(((Map<String, Object>) line.get("log")).get("logger")))
			.filter(line -> operation.equals(line.get("operation")))
			.toList();
		assertThat(lines).as("request log lines of " + operation).hasSize(1);
		return lines.get(0);
	}

}
