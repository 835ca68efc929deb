package io.parlgraph.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import io.parlgraph.graphql.Rejection;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Answers a request that runs longer than the request timeout with a
 * {@link Rejection#TIMEOUT} error, and cancels its execution: graphql-java then fetches
 * no further field (a fetch under way finishes first, or meets the database statement
 * timeout). A subscription's timeout covers its start, not the stream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestTimeoutInterceptor(LimitProperties limits) {
		this.timeout = limits.requestTimeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// graphql-java may run the whole request right where it is subscribed to, before
		// any
		// cancel signal could reach it: the deadline is set first, and cancels the input
		// itself
		AtomicReference<ExecutionInput> running = new AtomicReference<>();
		request.configureExecutionInput((input, builder) -> {
			running.compareAndSet(null, input);
			return input;
		});
		Mono<WebGraphQlResponse> deadline = Mono.delay(this.timeout).then(Mono.defer(() -> {
			ExecutionInput input = running.get();
			if (input != null) {
				input.cancel();
			}
			return Rejection.TIMEOUT.response(request,
					"The request ran longer than " + this.timeout.toMillis() + " ms and was cancelled");
		}));
		return Mono.firstWithSignal(deadline, Mono.defer(() -> chain.next(request)));
	}

}
