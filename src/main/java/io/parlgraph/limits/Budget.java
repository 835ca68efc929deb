package io.parlgraph.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One client's cost budget: {@code limit} points per window. The window starts with the
 * client's first request and, once over, the next request starts a fresh one.
 */
final class Budget {

	private final long limit;

	private final Duration window;

	private @Nullable Instant resetAt;

	private long used;

	/** Requests with search or totalCount one client may run at once. */
	static final int EXPENSIVE_AT_ONCE = 2;

	private int expensiveRunning;

	Budget(long limit, Duration window) {
		this.limit = limit;
		this.window = window;
	}

	/**
	 * Counts in a request with search or totalCount, unless {@link #EXPENSIVE_AT_ONCE}
	 * already run.
	 */
	synchronized boolean startExpensive() {
		if (this.expensiveRunning >= EXPENSIVE_AT_ONCE) {
			return false;
		}
		this.expensiveRunning++;
		return true;
	}

	synchronized void endExpensive() {
		this.expensiveRunning--;
	}

	/** Spends the points if that many are left, else spends nothing. */
	synchronized boolean spend(long points, Instant now) {
		roll(now);
		if (points > this.limit - this.used) {
			return false;
		}
		this.used += points;
		return true;
	}

	/** Spends the points, or as many as are left. */
	synchronized void spendAtMost(long points, Instant now) {
		roll(now);
		this.used = Math.min(this.limit, this.used + points);
	}

	synchronized State state(Instant now) {
		roll(now);
		return new State(this.limit, this.used, this.resetAt);
	}

	private void roll(Instant now) {
		if (this.resetAt == null || !now.isBefore(this.resetAt)) {
			this.resetAt = now.truncatedTo(ChronoUnit.SECONDS).plus(this.window);
			this.used = 0;
		}
	}

	/** The budget at one moment. */
	record State(long limit, long used, Instant resetAt) {

		long remaining() {
			return this.limit - this.used;
		}

		boolean spent() {
			return remaining() <= 0;
		}

	}

}
