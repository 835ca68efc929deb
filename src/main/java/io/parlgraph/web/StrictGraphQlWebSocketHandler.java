package io.parlgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.parlgraph.limits.ClientAddress;
import io.parlgraph.limits.ConnectionCharge;

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
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring's graphql-ws handler, held to the graphql-transport-ws protocol where it strays:
 * a message that is not a protocol message closes the connection with 4400 (not 1011),
 * and an operation refused before it runs (a validation error) is answered with
 * {@code error} (not {@code next} and {@code complete}). Connections are limited
 * ({@link ConnectionLimits}): per client address, per instance, and by the address's cost
 * budget (one point per connection); a connection past a limit is closed at once with
 * 1013 (try again later) and a reason that says which. Idle connections hold no thread
 * ({@link WebSocketSenders}), and messages are not compressed
 * ({@link UncompressedWebSocketUpgrades}).
 */
class StrictGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

	private static final Set<String> CLIENT_MESSAGE_TYPES = Set.of("connection_init", "ping", "pong", "subscribe",
			"complete");

	/** The WebSocket close code for a server that is overloaded (RFC 6455's registry). */
	private static final int TRY_AGAIN_LATER = 1013;

	private final JsonMapper jsonMapper;

	private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

	private final ConnectionLimits limits;

	private final ConnectionCharge charge;

	/** The client address of each admitted connection, by session ID. */
	private final Map<String, String> clients = new ConcurrentHashMap<>();

	private final Map<String, Integer> connectionsByClient = new ConcurrentHashMap<>();

	private final AtomicInteger connections = new AtomicInteger();

	StrictGraphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper, Duration initTimeout,
			@Nullable Duration keepAlive, @Nullable CorsConfiguration cors, ConnectionLimits limits,
			ConnectionCharge charge) {
		// without allowed origins, an empty configuration: upgrades from the same origin
		// only
		super(graphQlHandler, new JacksonJsonHttpMessageConverter(jsonMapper), initTimeout, keepAlive,
				(cors != null) ? cors : new CorsConfiguration());
		this.jsonMapper = jsonMapper;
		this.limits = limits;
		this.charge = charge;
		WebSocketSenders.install();
	}

	/**
	 * Boot hands in a default handshake handler; this one is the same but upgrades
	 * without compression ({@link UncompressedWebSocketUpgrades}).
	 */
	@Override
	public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
		return super.initWebSocketHttpRequestHandler(new DefaultHandshakeHandler(new UncompressedWebSocketUpgrades()));
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		String refusal = admit(session);
		if (refusal != null) {
			try {
				session.close(new CloseStatus(TRY_AGAIN_LATER, refusal));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return;
		}
		WebSocketSession strict = new ErrorsAsErrorMessages(session);
		this.sessions.put(session.getId(), strict);
		super.afterConnectionEstablished(strict);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		JsonNode parsed = protocolMessage(message.getPayload());
		if (parsed == null) {
			session.close(new CloseStatus(4400, "Invalid message"));
			return;
		}
		WebSocketSession strict = this.sessions.get(session.getId());
		if (strict instanceof ErrorsAsErrorMessages tracked) {
			TextMessage passedOn = tracked.track(parsed, message);
			if (passedOn == null) {
				// Spring's handler finds out only once the operation runs, closes with
				// 4409 then, and its
				// send of the end of the refused operation, on the closed connection's
				// disposed
				// scheduler, fails and is logged as an ERROR with a long trace
				session
					.close(new CloseStatus(4409, "Subscriber for " + parsed.path("id").asString() + " already exists"));
				return;
			}
			super.handleTextMessage(strict, passedOn);
			return;
		}
		super.handleTextMessage(session, message);
	}

	/** Counts the connection in, or says why it may not open. */
	private @Nullable String admit(WebSocketSession session) {
		InetSocketAddress remote = session.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		if (address == null) {
			return "The client's address is unknown";
		}
		String client = ClientAddress.of(address);
		if (this.connections.incrementAndGet() > this.limits.websockets()) {
			this.connections.decrementAndGet();
			return "This instance holds " + this.limits.websockets() + " connections, as many as it takes";
		}
		if (this.connectionsByClient.merge(client, 1, Integer::sum) > this.limits.websocketsPerAddress()) {
			release(client);
			return "Your address has " + this.limits.websocketsPerAddress() + " connections open, as many as it may";
		}
		if (!this.charge.charge(address, 1)) {
			release(client);
			return "Your budget is spent: see the X-RateLimit-Reset header of any request";
		}
		this.clients.put(session.getId(), client);
		return null;
	}

	private void release(String client) {
		this.connectionsByClient.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
		this.connections.decrementAndGet();
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		String client = this.clients.remove(session.getId());
		if (client != null) {
			release(client);
		}
		WebSocketSession strict = this.sessions.remove(session.getId());
		super.afterConnectionClosed((strict != null) ? strict : session, status);
	}

	/** The message, if it is one of the protocol's client messages. */
	private @Nullable JsonNode protocolMessage(String payload) {
		try {
			JsonNode message = this.jsonMapper.readTree(payload);
			return (message.isObject() && message.path("type").isString()
					&& CLIENT_MESSAGE_TYPES.contains(message.path("type").asString())) ? message : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Sends a {@code next} without {@code data} (a request-level error) as {@code error},
	 * without the {@code complete} after it; knows which operations run, to refuse a
	 * second one with the same ID. Spring's handler forgets an ended operation's ID only
	 * a moment after it sends the end, and would refuse a client that uses the ID again
	 * at once: an ID used again is passed to Spring's handler under a new name, and its
	 * messages are sent back under the client's.
	 */
	private final class ErrorsAsErrorMessages extends WebSocketSessionDecorator {

		private static final int RECENT_IDS = 1000;

		/**
		 * The IDs, as Spring's handler knows them, of operations that ended in an error
		 * sent as {@code error}.
		 */
		private final Set<String> failedOperations = ConcurrentHashMap.newKeySet();

		/**
		 * The operations subscribed and not yet ended: the client's ID to the ID Spring's
		 * handler knows.
		 */
		private final Map<String, String> runningOperations = new ConcurrentHashMap<>();

		/**
		 * The IDs last given to Spring's handler on this connection: it may still hold
		 * one that ended. Bounded, so that a client that subscribes without end does not
		 * grow it without end.
		 */
		private final Set<String> usedIds = Collections
			.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
					return size() > RECENT_IDS;
				}
			}));

		/**
		 * The client's ID of each running operation that Spring's handler knows under
		 * another name.
		 */
		private final Map<String, String> clientIds = new ConcurrentHashMap<>();

		ErrorsAsErrorMessages(WebSocketSession session) {
			super(session);
		}

		/**
		 * Follows the client's message and gives the message for Spring's handler, or
		 * null for a {@code subscribe} with the ID of a running operation.
		 */
		@Nullable TextMessage track(JsonNode parsed, TextMessage message) {
			String id = parsed.path("id").asString();
			if (id.isEmpty() || !(parsed instanceof ObjectNode renamed)) {
				return message;
			}
			return switch (parsed.path("type").asString()) {
				case "subscribe" -> {
					if (this.runningOperations.containsKey(id)) {
						yield null;
					}
					String springId = id;
					for (int use = 2; !this.usedIds.add(springId); use++) {
						springId = id + "#" + use;
					}
					this.runningOperations.put(id, springId);
					if (springId.equals(id)) {
						yield message;
					}
					this.clientIds.put(springId, id);
					yield new TextMessage(renamed.put("id", springId).toString());
				}
				case "complete" -> {
					String springId = this.runningOperations.remove(id);
					yield (springId == null || springId.equals(id)) ? message
							: new TextMessage(renamed.put("id", springId).toString());
				}
				default -> message;
			};
		}

		@Override
		public void sendMessage(WebSocketMessage<?> message) throws IOException {
			if (!(message instanceof TextMessage text)
					|| !(!this.clientIds.isEmpty() || text.getPayload().contains("\"errors\"")
							|| text.getPayload().contains("\"error\"") || text.getPayload().contains("\"complete\""))) {
				super.sendMessage(message);
				return;
			}
			JsonMapper json = StrictGraphQlWebSocketHandler.this.jsonMapper;
			JsonNode parsed = json.readTree(text.getPayload());
			String type = parsed.path("type").asString();
			String springId = parsed.path("id").asString();
			if (type.equals("complete") && this.failedOperations.remove(springId)) {
				return;
			}
			String id = this.clientIds.getOrDefault(springId, springId);
			boolean failed = type.equals("next") && !parsed.path("payload").has("data");
			if (type.equals("complete") || type.equals("error") || failed) {
				this.runningOperations.remove(id, springId);
				this.clientIds.remove(springId);
			}
			if (failed) {
				ObjectNode error = json.createObjectNode().put("id", id).put("type", "error");
				error.set("payload", parsed.path("payload").path("errors"));
				this.failedOperations.add(springId);
				super.sendMessage(new TextMessage(error.toString()));
			}
			else if (!id.equals(springId) && parsed instanceof ObjectNode renamed) {
				super.sendMessage(new TextMessage(renamed.put("id", id).toString()));
			}
			else {
				super.sendMessage(message);
			}
		}

	}

}
