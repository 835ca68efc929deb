package io.parlgraph.limits;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's budget: points spent within a window, refilled when the window ends. */
class BudgetTests {

	private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	private final Budget budget = new Budget(10, Duration.ofHours(1));

	@Test
	void spendingLowersWhatIsLeftUntilTheWindowEnds() {
		assertThat(this.budget.spend(4, START)).isTrue();
		assertThat(this.budget.spend(6, START.plusSeconds(60))).isTrue();

		Budget.State state = this.budget.state(START.plusSeconds(120));
		assertThat(state.used()).isEqualTo(10);
		assertThat(state.spent()).isTrue();
		assertThat(state.resetAt()).isEqualTo(START.plus(Duration.ofHours(1)));
	}

	@Test
	void aCostLargerThanWhatIsLeftSpendsNothing() {
		this.budget.spend(8, START);

		assertThat(this.budget.spend(3, START)).isFalse();
		assertThat(this.budget.state(START).remaining()).isEqualTo(2);
	}

	@Test
	void spendingAtMostStopsAtTheLimit() {
		this.budget.spend(9, START);
		this.budget.spendAtMost(5, START);

		assertThat(this.budget.state(START).remaining()).isZero();
	}

	@Test
	void aNewWindowStartsFullOnceTheLastOneEnded() {
		this.budget.spend(10, START);

		Instant later = START.plus(Duration.ofHours(1));
		assertThat(this.budget.spend(1, later)).isTrue();
		Budget.State state = this.budget.state(later);
		assertThat(state.used()).isEqualTo(1);
		assertThat(state.resetAt()).isEqualTo(later.plus(Duration.ofHours(1)));
	}

}
