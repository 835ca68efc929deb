package io.parlgraph.limits;

import java.time.Duration;

import io.parlgraph.graphql.Rejection;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Answers a request that runs longer than the request timeout with a {@link Rejection#TIMEOUT}
 * error, and cancels its execution: graphql-java then fetches no further field. (A subscription's
 * timeout covers its start, not the stream.)
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
		return chain.next(request).timeout(this.timeout, Mono.defer(() -> Rejection.TIMEOUT.response(request,
				"The request ran longer than " + this.timeout.toMillis() + " ms and was cancelled")));
	}

}
