package io.parlgraph.web;

import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.Rejection;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;

/**
 * GraphQL-shaped bodies ({@code {"errors": [...]}}) for requests refused before they reach
 * GraphQL, so every answer of the endpoint reads the same way.
 */
final class RejectionBodies {

	private RejectionBodies() {
	}

	static Map<String, Object> body(Rejection rejection, String message) {
		return Map.of("errors", List.of(rejection.error(message).toSpecification()));
	}

	/** {@code application/graphql-response+json} if the client names it, else {@code application/json}. */
	static MediaType mediaType(List<MediaType> accepted) {
		return accepted.stream().anyMatch(MediaTypes.APPLICATION_GRAPHQL_RESPONSE::equalsTypeAndSubtype)
				? MediaTypes.APPLICATION_GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
	}

}
