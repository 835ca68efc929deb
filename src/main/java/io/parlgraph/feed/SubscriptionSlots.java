package io.parlgraph.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;

/**
 * Caps the subscriptions running at once on one WebSocket connection: each connection
 * gets {@link #CAP} slots, handed to the subscription handlers through the GraphQL
 * context.
 */
@Component
class SubscriptionSlots implements WebSocketGraphQlInterceptor {

	static final String CONTEXT_KEY = "io.parlgraph.feed.SubscriptionSlots";

	static final int CAP = 20;

	private final Map<String, Semaphore> slotsBySession = new ConcurrentHashMap<>();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest webSocketRequest) {
			Semaphore slots = this.slotsBySession.computeIfAbsent(webSocketRequest.getSessionInfo().getId(),
					session -> new Semaphore(CAP));
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(CONTEXT_KEY, slots);
				return input;
			});
		}
		return chain.next(request);
	}

	@Override
	public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
		this.slotsBySession.remove(session.getId());
	}

}
