package io.parlgraph.web;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * GraphQL-shaped bodies ({@code {"errors": [...]}}) for requests refused before they
 * reach GraphQL, so every answer of the endpoint reads the same way.
 */
public final class RejectionBodies {

	private RejectionBodies() {
	}

	/**
	 * Answers with the rejection's status and body; the server then closes the
	 * connection, without waiting for the rest of a body it did not read.
	 */
	public static void refuse(HttpServletRequest request, HttpServletResponse response, JsonMapper jsonMapper,
			Rejection rejection, String message) throws IOException {
		response.setStatus(rejection.status().value());
		response.setContentType(
				mediaType(MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))))
					.toString());
		response.setCharacterEncoding("UTF-8");
		RequestBodies.abandon(request);
		response.getOutputStream().write(jsonMapper.writeValueAsBytes(body(rejection, message)));
	}

	static Map<String, Object> body(Rejection rejection, String message) {
		return Map.of("errors", List.of(rejection.error(message).toSpecification()));
	}

	/**
	 * {@code application/graphql-response+json} if the client names it, else
	 * {@code application/json}.
	 */
	static MediaType mediaType(List<MediaType> accepted) {
		return accepted.stream().anyMatch(MediaTypes.APPLICATION_GRAPHQL_RESPONSE::equalsTypeAndSubtype)
				? MediaTypes.APPLICATION_GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
	}

}
