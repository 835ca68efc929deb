package io.parlgraph.graphql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The SQL of keyset bounds and orders, as the database receives it. */
class KeysetTests {

	private static final LocalDate DAY = LocalDate.of(2023, 4, 27);

	private final Map<String, Object> parameters = new HashMap<>();

	@Test
	void boundStartsWithARangeOnTheFirstColumnSoAnIndexCanStartAtTheCursor() {
		String bound = Keyset.of("c.said_on", "c.id").after(false, this.parameters, DAY, 7L);

		assertThat(bound).isEqualTo("(c.said_on >= :after0 and (c.said_on > :after0 or c.id > :after1))");
		assertThat(this.parameters).containsExactlyInAnyOrderEntriesOf(Map.of("after0", DAY, "after1", 7L));
	}

	@Test
	void descendingFlipsEveryComparisonAndTheOrder() {
		Keyset keyset = Keyset.of("c.said_on", "c.id");

		assertThat(keyset.after(true, this.parameters, DAY, 7L))
			.isEqualTo("(c.said_on <= :after0 and (c.said_on < :after0 or c.id < :after1))");
		assertThat(keyset.orderBy(true)).isEqualTo("c.said_on desc, c.id desc");
		assertThat(keyset.orderBy(false)).isEqualTo("c.said_on asc, c.id asc");
	}

	@Test
	void rowsBeforeACursorAreTheRowsAfterItInTheOppositeDirection() {
		String bound = Keyset.of("c.said_on", "c.id").before(false, this.parameters, DAY, 7L);

		assertThat(bound).isEqualTo("(c.said_on <= :before0 and (c.said_on < :before0 or c.id < :before1))");
		assertThat(this.parameters).containsOnlyKeys("before0", "before1");
	}

	@Test
	void laterColumnsCountOnlyWhereTheEarlierOnesAreEqual() {
		String bound = Keyset.of("m.score", "m.recency", "m.id").after(true, this.parameters, 3, 20230427, 9L);

		assertThat(bound).isEqualTo("(m.score <= :after0 and (m.score < :after0"
				+ " or (m.recency < :after1 or (m.recency = :after1 and m.id < :after2))))");
	}

	@Test
	void uniqueColumnAloneIsAPlainRange() {
		assertThat(Keyset.of("l.subject_id").after(false, this.parameters, 50L)).isEqualTo("l.subject_id > :after0");
	}

	@Test
	void nullsOfANullableFirstColumnSortAfterEveryValueInBothDirections() {
		Keyset keyset = Keyset.nullableFirst("c.start_date", "c.id");

		assertThat(keyset.orderBy(false)).isEqualTo("c.start_date asc nulls last, c.id asc");
		assertThat(keyset.orderBy(true)).isEqualTo("c.start_date desc nulls first, c.id desc");
		assertThat(keyset.after(false, this.parameters, DAY, 7L)).isEqualTo(
				"((c.start_date >= :after0 and (c.start_date > :after0 or c.id > :after1)) or c.start_date is null)");
		assertThat(keyset.after(true, this.parameters, DAY, 7L))
			.isEqualTo("(c.start_date <= :after0 and (c.start_date < :after0 or c.id < :after1))");
	}

	@Test
	void nullCursorKeyOnANullableColumnIsComparedByIdAmongTheNulls() {
		Keyset keyset = Keyset.nullableFirst("c.start_date", "c.id");

		assertThat(keyset.after(false, this.parameters, null, 7L))
			.isEqualTo("(c.start_date is null and c.id > :after1)");
		assertThat(keyset.after(true, this.parameters, null, 7L))
			.isEqualTo("(c.start_date is not null or c.id < :after1)");
		assertThat(this.parameters).containsOnlyKeys("after1");
	}

	@Test
	void nullInAColumnThatIsNeverNullIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Keyset.of("c.said_on", "c.id").after(false, this.parameters, null, 7L));
	}

}
