package io.parlgraph.graphql;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpStatus;

/**
 * Why a request was refused before (or instead of) running: each is a GraphQL error with
 * a stable {@code extensions.code} (the constant's name) next to the usual
 * {@code extensions.classification}.
 */
public enum Rejection {

	/** The body or the GET parameters are not a GraphQL request. */
	INVALID_REQUEST(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, true),

	/**
	 * A body that is not JSON (forms and {@code text/plain} are refused: they need no
	 * CORS preflight).
	 */
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorType.BAD_REQUEST, true),

	/** The client accepts no media type this endpoint answers with. */
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, ErrorType.BAD_REQUEST, true),

	/** A mutation or subscription sent with GET. */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, ErrorType.BAD_REQUEST, true),

	/** The request body is larger than allowed. */
	REQUEST_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, ErrorType.BAD_REQUEST, true),

	/** An {@code X-API-Key} that is not one of the configured keys. */
	INVALID_API_KEY(HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN, true),

	/** The client's cost budget for the current window is spent. */
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, ErrorType.FORBIDDEN, true),

	/**
	 * The client already has as many requests in progress as one client address may have.
	 * 503 (as nginx's {@code limit_conn} answers), not 429: the server then drops the
	 * connection rather than wait for the rest of a body that may come slowly.
	 */
	TOO_MANY_CONCURRENT_REQUESTS(HttpStatus.SERVICE_UNAVAILABLE, ErrorType.FORBIDDEN, true),

	/** The request body did not arrive within the body timeout. */
	BODY_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, ErrorType.BAD_REQUEST, true),

	/**
	 * Too many clients are sending request bodies slowly at once; the request may be sent
	 * again shortly.
	 */
	SERVER_BUSY(HttpStatus.SERVICE_UNAVAILABLE, ErrorType.INTERNAL_ERROR, true),

	/**
	 * The client already runs as many requests with search or totalCount as one client
	 * may.
	 */
	TOO_MANY_EXPENSIVE_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, ErrorType.FORBIDDEN, true),

	/**
	 * A resource the request needs first (the database, to check its key) is away for
	 * now: retry later.
	 */
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, ErrorType.INTERNAL_ERROR, true),

	/** The request ran longer than the request timeout and was cancelled. */
	TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, graphql.ErrorType.ExecutionAborted, true),

	/** The document has more tokens than allowed. */
	MAX_TOKENS_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** Fields are nested deeper than allowed. */
	MAX_DEPTH_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** The operation has more aliases than allowed. */
	MAX_ALIASES_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** The operation selects more root fields than allowed. */
	MAX_ROOT_FIELDS_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/**
	 * A selection set selects more fields than allowed (a field repeated over and over).
	 */
	MAX_SELECTION_FIELDS_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** The operation uses more directives than allowed. */
	MAX_DIRECTIVES_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** A connection's page size (or a lookup's number of IDs) is out of range. */
	PAGE_SIZE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** The operation could return more objects than allowed. */
	MAX_NODES_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/** Introspection is switched off (as in the {@code prod} profile). */
	INTROSPECTION_DISABLED(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false),

	/**
	 * An introspection query that asks for more than a client needs (graphql-java's
	 * good-faith check).
	 */
	INTROSPECTION_LIMIT(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, false);

	private static final String CODE = "code";

	private final HttpStatus status;

	private final ErrorClassification classification;

	private final boolean outsideGraphQl;

	Rejection(HttpStatus status, ErrorClassification classification, boolean outsideGraphQl) {
		this.status = status;
		this.classification = classification;
		this.outsideGraphQl = outsideGraphQl;
	}

	/** The rejection that an error stands for, if it stands for one. */
	public static Optional<Rejection> of(Map<String, Object> extensions) {
		return (extensions.get(CODE) instanceof String code)
				? Arrays.stream(values()).filter(rejection -> rejection.name().equals(code)).findFirst()
				: Optional.empty();
	}

	/** The HTTP status of a response that holds this rejection and no data. */
	public HttpStatus status() {
		return this.status;
	}

	/**
	 * Whether the status applies to {@code application/json} responses too. Rejections
	 * that refuse the HTTP request itself do; rejections of the GraphQL document are like
	 * validation errors, which the GraphQL over HTTP spec answers with 200 in
	 * {@code application/json}.
	 */
	public boolean outsideGraphQl() {
		return this.outsideGraphQl;
	}

	public GraphQLError error(String message) {
		return GraphqlErrorBuilder.newError()
			.errorType(this.classification)
			.message(message)
			.locations(null)
			.extensions(Map.of(CODE, name()))
			.build();
	}

	/**
	 * An error graphql-java raised for this rejection, with this rejection's code added
	 * and its classification (graphql-java's own, such as {@code IntrospectionDisabled},
	 * would differ from every other refusal's).
	 */
	public GraphQLError coded(GraphQLError error) {
		Map<String, Object> extensions = new HashMap<>(
				(error.getExtensions() != null) ? error.getExtensions() : Map.of());
		extensions.put(CODE, name());
		return GraphqlErrorBuilder.newError()
			.errorType(this.classification)
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.extensions(extensions)
			.build();
	}

	/** A response to a request refused before it reached GraphQL execution. */
	public Mono<WebGraphQlResponse> response(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error(message)).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
