package io.parlgraph.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import graphql.execution.AbortExecutionException;
import io.parlgraph.graphql.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * One request's hold on its client's {@link Budget}, kept in the GraphQL context: the
 * request is charged its cost once it is known, or a single point if it never gets that
 * far.
 */
final class RequestBudget {

	private final Budget budget;

	private final Clock clock;

	private @Nullable RateLimit charged;

	private boolean expensive;

	RequestBudget(Budget budget, Clock clock) {
		this.budget = budget;
		this.clock = clock;
	}

	/**
	 * Charges the operation's points.
	 * @throws AbortExecutionException with a {@link Rejection#RATE_LIMITED} error if the
	 * budget does not hold them
	 */
	synchronized void charge(OperationCost cost) {
		Instant now = this.clock.instant();
		if (cost.searches() > 0) {
			if (!this.budget.startExpensive()) {
				throw new AbortExecutionException(List.of(Rejection.TOO_MANY_EXPENSIVE_REQUESTS.error(
						"At most %d requests with search or totalCount may run at once per client; send this one when one has ended"
							.formatted(Budget.EXPENSIVE_AT_ONCE))));
			}
			this.expensive = true;
		}
		if (!this.budget.spend(cost.points(), now)) {
			Budget.State state = this.budget.state(now);
			throw new AbortExecutionException(List.of(Rejection.RATE_LIMITED
				.error("This operation costs %d points, but only %d of your %d points are left until %s"
					.formatted(cost.points(), state.remaining(), state.limit(), state.resetAt()))));
		}
		Budget.State state = this.budget.state(now);
		this.charged = new RateLimit(state.limit(), cost.points(), state.used(), state.remaining(),
				state.resetAt().atOffset(ZoneOffset.UTC), cost.nodes());
	}

	/**
	 * Charges the time the request's SQL statements took beyond the free time: a point
	 * for every {@code perPoint}, or as many points as are left.
	 */
	void chargeDatabaseTime(Duration took, Duration free, Duration perPoint) {
		long points = took.minus(free).toNanos() / perPoint.toNanos();
		if (points > 0) {
			this.budget.spendAtMost(points, this.clock.instant());
		}
	}

	/**
	 * Gives back the request's place among its client's expensive requests, if it took
	 * one.
	 */
	synchronized void end() {
		if (this.expensive) {
			this.budget.endExpensive();
			this.expensive = false;
		}
	}

	/** Charges one point to a request that was refused before its cost was known. */
	synchronized void chargeIfNotCharged() {
		if (this.charged == null) {
			this.budget.spendAtMost(1, this.clock.instant());
		}
	}

	/** What this request was charged, once it was. */
	synchronized @Nullable RateLimit charged() {
		return this.charged;
	}

	Budget.State state() {
		return this.budget.state(this.clock.instant());
	}

}
