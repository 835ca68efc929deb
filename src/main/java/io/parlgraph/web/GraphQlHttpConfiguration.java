package io.parlgraph.web;

import io.parlgraph.limits.ConnectionCharge;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Puts {@link GraphQlHttpEndpoint} in place of Spring's GraphQL HTTP handler, and routes
 * to it what Spring's routes would refuse without a GraphQL answer: GET (queries only),
 * and POST bodies that are not JSON. Puts {@link GraphQlSseEndpoint} and
 * {@link StrictGraphQlWebSocketHandler} in place of Spring's SSE and graphql-ws handlers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/** Replaces Boot's handler, which backs off when one is defined. */
	@Bean
	GraphQlHttpEndpoint graphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
		return new GraphQlHttpEndpoint(graphQlHandler, jsonMapper);
	}

	/**
	 * Replaces Boot's SSE handler (which backs off when one is defined), with the same
	 * settings.
	 */
	@Bean
	GraphQlSseHandler graphQlSseHandler(WebGraphQlHandler graphQlHandler, GraphQlProperties properties) {
		return new GraphQlSseEndpoint(graphQlHandler, properties.getHttp().getSse().getTimeout(),
				properties.getHttp().getSse().getKeepAlive());
	}

	/**
	 * Replaces Boot's graphql-ws handler (which backs off when one is defined), with the
	 * same settings.
	 */
	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper,
			GraphQlProperties properties, GraphQlCorsProperties cors, ConnectionLimits limits,
			ConnectionCharge charge) {
		return new StrictGraphQlWebSocketHandler(graphQlHandler, jsonMapper,
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
				cors.toCorsConfiguration(), limits, charge);
	}

	@Bean
	ServerHttpMessageConvertersCustomizer graphQlRequestConverter(JsonMapper jsonMapper) {
		return converters -> converters.addCustomConverter(new GraphQlRequestConverter(jsonMapper));
	}

	/**
	 * Ahead of Boot's GraphQL routes, which answer GET with 405 and other bodies with an
	 * empty 415.
	 */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGetAndUnsupportedBodies(GraphQlHttpEndpoint endpoint,
			GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		return RouterFunctions.route()
			.GET(path, endpoint::handleGet)
			.route(RequestPredicates.POST(path)
				.and(GraphQlRequestPredicates.graphQlHttp(path).negate())
				.and(GraphQlRequestPredicates.graphQlSse(path).negate()), endpoint::unsupportedMediaType)
			.build();
	}

}
