package io.parlgraph.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.context.ContextSnapshotFactory;
import io.parlgraph.graphql.Rejection;
import jakarta.servlet.ServletException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * ParlGraph's GraphQL over HTTP endpoint: Spring's POST handler, plus GET for queries
 * (mutations and subscriptions are refused by {@link QueriesOnlyOverGet}), with
 * GraphQL-shaped errors for requests that cannot be read, and the HTTP status of each
 * {@link Rejection}. Its requests are marked {@link #SINGLE_RESPONSE}, so
 * {@link SubscriptionsOnlyAsStreams} refuses subscriptions.
 */
class GraphQlHttpEndpoint extends GraphQlHttpHandler {

	/** GraphQL context key set on requests that came with GET. */
	static final String GET_REQUEST = GraphQlHttpEndpoint.class.getName() + ".get";

	/**
	 * GraphQL context key set on every request of this endpoint: it is answered with one
	 * response, not a stream.
	 */
	static final String SINGLE_RESPONSE = GraphQlHttpEndpoint.class.getName() + ".singleResponse";

	private static final String REQUEST_SHAPE = "a JSON object with a 'query' string, and optionally an "
			+ "'operationName' string and 'variables' and 'extensions' objects (one operation per request)";

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	private final IdGenerator idGenerator = new AlternativeJdkIdGenerator();

	GraphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
		this(new SingleResponses(graphQlHandler), jsonMapper);
	}

	private GraphQlHttpEndpoint(SingleResponses graphQlHandler, JsonMapper jsonMapper) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			return super.handleRequest(request);
		}
		catch (HttpMediaTypeNotSupportedException ex) {
			return unsupportedMediaType(request);
		}
		catch (ServerWebInputException | HttpMessageNotReadableException ex) {
			return reject(request, Rejection.INVALID_REQUEST, "The request body must be " + REQUEST_SHAPE);
		}
	}

	/**
	 * Runs a query sent as GET parameters: {@code query}, {@code operationName}, and JSON
	 * {@code variables}, {@code extensions}.
	 */
	ServerResponse handleGet(ServerRequest request) throws ServletException {
		WebGraphQlRequest graphQlRequest;
		try {
			Map<String, Object> body = new HashMap<>();
			request.param("query").ifPresent(query -> body.put("query", query));
			request.param("operationName").ifPresent(name -> body.put("operationName", name));
			putJsonObject(body, "variables", request.param("variables"));
			putJsonObject(body, "extensions", request.param("extensions"));
			graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
					request.remoteAddress().orElse(null), request.attributes(), body,
					this.idGenerator.generateId().toString(), LocaleContextHolder.getLocale());
		}
		catch (ServerWebInputException | JacksonException ex) {
			return reject(request, Rejection.INVALID_REQUEST, "A GET request takes a 'query' parameter, and "
					+ "optionally 'operationName', and 'variables' and 'extensions' as URL-encoded JSON objects");
		}
		graphQlRequest.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(GET_REQUEST, true);
			return input;
		});
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
	}

	/**
	 * Answers a POST that is neither GraphQL over HTTP nor SSE: a body that is not JSON,
	 * or an Accept header we cannot meet.
	 */
	ServerResponse unsupportedMediaType(ServerRequest request) {
		if (isJson(request)) {
			return reject(request, Rejection.NOT_ACCEPTABLE,
					"Accept application/graphql-response+json or application/json (or text/event-stream)");
		}
		return reject(request, Rejection.UNSUPPORTED_MEDIA_TYPE,
				"Send the request as application/json: " + REQUEST_SHAPE + "; forms and text/plain are refused");
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		return super.prepareResponse(request, responseMono.doOnNext(response -> {
			if (rejection(response).orElse(null) == Rejection.METHOD_NOT_ALLOWED) {
				response.getResponseHeaders().setAllow(Set.of(HttpMethod.POST));
			}
		}));
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		Optional<Rejection> rejection = rejection(response).filter(candidate -> candidate.outsideGraphQl()
				|| MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(responseMediaType));
		return rejection.map(Rejection::status)
			.orElseGet(() -> super.selectResponseStatus(response, responseMediaType));
	}

	/** The rejection a response without data stands for. */
	private static Optional<Rejection> rejection(WebGraphQlResponse response) {
		if (response.getExecutionResult().isDataPresent()) {
			return Optional.empty();
		}
		return response.getErrors().stream().flatMap(error -> Rejection.of(error.getExtensions()).stream()).findFirst();
	}

	private void putJsonObject(Map<String, Object> body, String name, Optional<String> json) {
		if (json.isPresent()) {
			body.put(name, this.jsonMapper.readValue(json.get(), new TypeReference<Map<String, Object>>() {
			}));
		}
	}

	private static boolean isJson(ServerRequest request) {
		try {
			return request.headers().contentType().filter(MediaType.APPLICATION_JSON::isCompatibleWith).isPresent();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ServerResponse reject(ServerRequest request, Rejection rejection, String message) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			accepted = List.of();
		}
		return ServerResponse.status(rejection.status())
			.contentType(RejectionBodies.mediaType(accepted))
			.body(RejectionBodies.body(rejection, message));
	}

	/** Marks each request {@link #SINGLE_RESPONSE} on its way to GraphQL. */
	private record SingleResponses(WebGraphQlHandler delegate) implements WebGraphQlHandler {

		@Override
		public Mono<WebGraphQlResponse> handleRequest(WebGraphQlRequest request) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(SINGLE_RESPONSE, true);
				return input;
			});
			return this.delegate.handleRequest(request);
		}

		@Override
		public WebSocketGraphQlInterceptor getWebSocketInterceptor() {
			return this.delegate.getWebSocketInterceptor();
		}

		@Override
		public ContextSnapshotFactory contextSnapshotFactory() {
			return this.delegate.contextSnapshotFactory();
		}

	}

}
