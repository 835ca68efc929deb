package io.parlgraph.operations;

import io.parlgraph.ParlGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer reads when the server starts on the embedded database: one line saying
 * where the API is, and nothing that looks like a misconfiguration. The application runs
 * on its own here, as {@code ./mvnw spring-boot:run} starts it, since a test context has
 * no server.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartOutputTests {

	@Test
	void startSaysOnceWhereTheApiIsAndRaisesNoFalseAlarm(CapturedOutput output) {
		int port;
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ParlGraphApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:start-output")) {
			port = ((WebServerApplicationContext) application).getWebServer().getPort();
		}

		String base = "http://localhost:" + port;
		assertThat(output.getOut().lines().filter(line -> line.contains("ParlGraph is ready"))).singleElement()
			.asString()
			.endsWith("ParlGraph is ready: GraphiQL at " + base + "/graphiql, GraphQL endpoint " + base + "/graphql");
		assertThat(output.getOut()).as("schema inspection report, with nothing unmapped")
			.doesNotContain("GraphQL schema inspection")
			.as("Hibernate's database banner")
			.doesNotContain("Database info")
			.as("Flyway's warning about the H2 version")
			.doesNotContain("newer than the version Flyway has been verified with");
	}

}
