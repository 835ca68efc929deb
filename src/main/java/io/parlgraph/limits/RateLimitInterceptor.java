package io.parlgraph.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.parlgraph.graphql.Rejection;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives each request its client's cost budget: by API key ({@code X-API-Key}, one of the
 * configured keys, or the write key of {@code Authorization: Bearer}), else by IP address
 * (IPv6 by /64 network, which one subscriber usually holds). A client whose budget is
 * spent is refused before its document is even parsed. After a request, the time its SQL
 * statements took is charged too ({@link RequestBudget#chargeDatabaseTime}). Responses
 * over HTTP carry GitHub's {@code X-RateLimit-*} headers, and {@code Retry-After} when
 * refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RateLimitInterceptor implements WebGraphQlInterceptor, ConnectionCharge {

	static final String API_KEY = "X-API-Key";

	private final LimitProperties.RateLimit settings;

	private final Cache<String, Budget> budgets;

	private final Clock clock = Clock.systemUTC();

	RateLimitInterceptor(LimitProperties limits) {
		this.settings = limits.rateLimit();
		this.budgets = Caffeine.newBuilder()
			.maximumSize(this.settings.maxClients())
			.expireAfterAccess(this.settings.window())
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.settings.enabled()) {
			return chain.next(request);
		}
		String apiKey = request.getHeaders().getFirst(API_KEY);
		if (apiKey != null && !this.settings.apiKeys().contains(apiKey)) {
			return Rejection.INVALID_API_KEY.response(request, "The API key in " + API_KEY
					+ " is not valid; leave the header out to use the budget of your IP address");
		}
		String client = (apiKey != null) ? "key:" + apiKey : writeKey().map(key -> "bearer:" + key).orElse(null);
		long points = (client != null) ? this.settings.apiKeyPoints() : this.settings.points();
		Budget budget = budget((client != null) ? client : "ip:" + network(request), points);
		RequestBudget requestBudget = new RequestBudget(budget, this.clock);
		AtomicLong databaseNanos = new AtomicLong();
		Budget.State state = requestBudget.state();
		Mono<WebGraphQlResponse> response;
		if (state.spent()) {
			response = Rejection.RATE_LIMITED.response(request,
					"Your budget of %d points is spent until %s".formatted(state.limit(), state.resetAt()));
		}
		else {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(RequestBudget.class, requestBudget);
				DatabaseTime.measure(input.getGraphQLContext(), databaseNanos);
				return input;
			});
			response = chain.next(request);
		}
		return response.doOnNext(result -> {
			requestBudget.chargeIfNotCharged();
			requestBudget.chargeDatabaseTime(Duration.ofNanos(databaseNanos.get()), this.settings.freeDatabaseTime(),
					this.settings.databaseTimePerPoint());
			addHeaders(result, requestBudget.state());
		}).doFinally(signal -> requestBudget.end());
	}

	@Override
	public boolean charge(InetAddress address, long points) {
		return !this.settings.enabled() || budget("ip:" + ClientAddress.of(address), this.settings.points())
			.spend(points, this.clock.instant());
	}

	private Budget budget(String client, long points) {
		return this.budgets.get(client, ignored -> new Budget(points, this.settings.window()));
	}

	private void addHeaders(WebGraphQlResponse response, Budget.State state) {
		HttpHeaders headers = response.getResponseHeaders();
		headers.set("X-RateLimit-Limit", Long.toString(state.limit()));
		headers.set("X-RateLimit-Remaining", Long.toString(state.remaining()));
		headers.set("X-RateLimit-Used", Long.toString(state.used()));
		headers.set("X-RateLimit-Reset", Long.toString(state.resetAt().getEpochSecond()));
		boolean refused = response.getErrors()
			.stream()
			.anyMatch(error -> Rejection.of(error.getExtensions()).orElse(null) == Rejection.RATE_LIMITED);
		if (refused) {
			Duration wait = Duration.between(this.clock.instant(), state.resetAt());
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
		}
	}

	/**
	 * The ID of the write API key ({@code Authorization: Bearer}) the request was
	 * authenticated with, if any.
	 */
	private static Optional<Long> writeKey() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// an API key's authentication carries the key's ID; an anonymous one carries the
		// request's details
		return (authentication != null && authentication.getDetails() instanceof Long keyId) ? Optional.of(keyId)
				: Optional.empty();
	}

	private static String network(WebGraphQlRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		return (address != null) ? ClientAddress.of(address) : "unknown";
	}

}
