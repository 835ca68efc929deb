package io.parlgraph.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Spring's graphql-ws handler, held to the graphql-transport-ws protocol where it strays: a
 * message that is not a protocol message closes the connection with 4400 (not 1011), and an
 * operation refused before it runs (a validation error) is answered with {@code error} (not
 * {@code next} and {@code complete}).
 */
class StrictGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

	private static final Set<String> CLIENT_MESSAGE_TYPES = Set.of("connection_init", "ping", "pong", "subscribe",
			"complete");

	private final JsonMapper jsonMapper;

	private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

	StrictGraphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper, Duration initTimeout,
			@Nullable Duration keepAlive, @Nullable CorsConfiguration cors) {
		// without allowed origins, an empty configuration: upgrades from the same origin only
		super(graphQlHandler, new JacksonJsonHttpMessageConverter(jsonMapper), initTimeout, keepAlive,
				(cors != null) ? cors : new CorsConfiguration());
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		WebSocketSession strict = new ErrorsAsErrorMessages(session);
		this.sessions.put(session.getId(), strict);
		super.afterConnectionEstablished(strict);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		if (!isProtocolMessage(message.getPayload())) {
			session.close(new CloseStatus(4400, "Invalid message"));
			return;
		}
		super.handleTextMessage(this.sessions.getOrDefault(session.getId(), session), message);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		WebSocketSession strict = this.sessions.remove(session.getId());
		super.afterConnectionClosed((strict != null) ? strict : session, status);
	}

	private boolean isProtocolMessage(String payload) {
		try {
			JsonNode message = this.jsonMapper.readTree(payload);
			return message.isObject() && message.path("type").isString()
					&& CLIENT_MESSAGE_TYPES.contains(message.path("type").asString());
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** Sends a {@code next} without {@code data} (a request-level error) as {@code error}, without the {@code complete} after it. */
	private final class ErrorsAsErrorMessages extends WebSocketSessionDecorator {

		private final Set<String> failedOperations = ConcurrentHashMap.newKeySet();

		ErrorsAsErrorMessages(WebSocketSession session) {
			super(session);
		}

		@Override
		public void sendMessage(WebSocketMessage<?> message) throws IOException {
			if (message instanceof TextMessage text
					&& (text.getPayload().contains("\"errors\"") || text.getPayload().contains("\"complete\""))) {
				JsonMapper json = StrictGraphQlWebSocketHandler.this.jsonMapper;
				JsonNode parsed = json.readTree(text.getPayload());
				String type = parsed.path("type").asString();
				String id = parsed.path("id").asString();
				if (type.equals("next") && !parsed.path("payload").has("data")) {
					ObjectNode error = json.createObjectNode().put("id", id).put("type", "error");
					error.set("payload", parsed.path("payload").path("errors"));
					this.failedOperations.add(id);
					super.sendMessage(new TextMessage(error.toString()));
					return;
				}
				if (type.equals("complete") && this.failedOperations.remove(id)) {
					return;
				}
			}
			super.sendMessage(message);
		}

	}

}
