package io.parlgraph.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import graphql.execution.AbortExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What one request spends of its client's budget: its estimate, the database time it
 * took, and a place among expensive requests.
 */
class RequestBudgetTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

	private static final OperationCost ONE_SEARCH = new OperationCost(20, 1, 1);

	private final Budget budget = new Budget(5000, Duration.ofHours(1));

	@Test
	void theDatabaseTimeOfARequestBeyondTheFreeTimeIsChargedAPointPerTenMilliseconds() {
		RequestBudget request = new RequestBudget(this.budget, CLOCK);
		request.charge(new OperationCost(20, 1, 0));
		request.chargeDatabaseTime(Duration.ofMillis(99), Duration.ofMillis(100), Duration.ofMillis(10));
		assertThat(request.state().used()).isEqualTo(1);

		request.chargeDatabaseTime(Duration.ofMillis(12_345), Duration.ofMillis(100), Duration.ofMillis(10));

		assertThat(request.state().used()).isEqualTo(1 + 1224);
	}

	@Test
	void aClientRunsAtMostTwoRequestsWithSearchesAtOnce() {
		RequestBudget first = new RequestBudget(this.budget, CLOCK);
		RequestBudget second = new RequestBudget(this.budget, CLOCK);
		first.charge(ONE_SEARCH);
		second.charge(ONE_SEARCH);

		assertThatExceptionOfType(AbortExecutionException.class)
			.isThrownBy(() -> new RequestBudget(this.budget, CLOCK).charge(ONE_SEARCH))
			.satisfies(refused -> assertThat(refused.getUnderlyingErrors().get(0).getExtensions()).containsEntry("code",
					"TOO_MANY_EXPENSIVE_REQUESTS"));
		// a request without search or totalCount is not held up
		new RequestBudget(this.budget, CLOCK).charge(new OperationCost(20, 1, 0));

		first.end();
		first.end();
		new RequestBudget(this.budget, CLOCK).charge(ONE_SEARCH);
		assertThatExceptionOfType(AbortExecutionException.class)
			.isThrownBy(() -> new RequestBudget(this.budget, CLOCK).charge(ONE_SEARCH));
	}

}
