package io.parlgraph.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says in one line, once the server takes requests, where GraphiQL and the GraphQL
 * endpoint are: with the port the server really listens on ({@code server.port=0} picks a
 * free one), and GraphiQL only where it is served.
 */
@Component
class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ReadyLine.class);

	private final String endpointPath;

	private final boolean graphiQl;

	ReadyLine(GraphQlProperties graphQl, @Value("${parlgraph.graphiql.enabled:true}") boolean graphiQl) {
		this.endpointPath = graphQl.getHttp().getPath();
		this.graphiQl = graphiQl;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		// a test's mock web environment has no server, hence no address to give
		if (event.getApplicationContext() instanceof WebServerApplicationContext context) {
			String base = "http://localhost:" + context.getWebServer().getPort();
			String endpoint = "GraphQL endpoint " + base + this.endpointPath;
			logger.info("ParlGraph is ready: {}",
					this.graphiQl ? "GraphiQL at " + base + "/graphiql, " + endpoint : endpoint);
		}
	}

}
