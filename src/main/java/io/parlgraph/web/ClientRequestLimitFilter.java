package io.parlgraph.web;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.parlgraph.graphql.Rejection;
import io.parlgraph.limits.ClientAddress;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request with 503 and {@link Rejection#TOO_MANY_CONCURRENT_REQUESTS} while its
 * client address already has {@code parlgraph.limits.connections.requests-per-address}
 * requests in progress; an SSE subscription is in progress until its stream ends. One
 * client can then hold at most that many of the server's worker threads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(ConnectionLimits.class)
class ClientRequestLimitFilter extends OncePerRequestFilter {

	private final int perAddress;

	private final JsonMapper jsonMapper;

	private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

	ClientRequestLimitFilter(ConnectionLimits limits, JsonMapper jsonMapper) {
		this.perAddress = limits.requestsPerAddress();
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = ClientAddress.of(InetAddress.getByName(request.getRemoteAddr()));
		Runnable release = release(client);
		if (this.inProgress.merge(client, 1, Integer::sum) > this.perAddress) {
			release.run();
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			RejectionBodies.refuse(request, response, this.jsonMapper, Rejection.TOO_MANY_CONCURRENT_REQUESTS,
					"Your address has " + this.perAddress
							+ " requests in progress already; send this one when one of them has ended");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new ReleaseWhenDone(release));
			}
			else {
				release.run();
			}
		}
	}

	/** Gives the client's place back, once however often it is called. */
	private Runnable release(String client) {
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.inProgress.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
			}
		};
	}

	private record ReleaseWhenDone(Runnable release) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onError(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// the same request goes on: it still holds its place
		}

	}

}
