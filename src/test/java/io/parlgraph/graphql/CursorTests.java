package io.parlgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void idCursorDecodesToTheIdOrdering() {
		Cursor cursor = Cursor.decode(Cursor.of(42), "after");

		assertThat(cursor.ordering()).isEqualTo(Cursor.BY_ID);
		assertThat(cursor.id()).isEqualTo(42);
		assertThat(cursor.key()).isEmpty();
	}

	@Test
	void cursorOfAnotherOrderingCarriesItsSortKeyEvenWithColons() {
		Cursor cursor = Cursor.decode(Cursor.of("PUBLISHED_AT.DESC", "2023-04-28T08:18:00Z", 7), "before");

		assertThat(cursor.ordering()).isEqualTo("PUBLISHED_AT.DESC");
		assertThat(cursor.key()).isEqualTo("2023-04-28T08:18:00Z");
		assertThat(cursor.id()).isEqualTo(7);
		assertThat(cursor.in("PUBLISHED_AT.DESC")).isSameAs(cursor);
	}

	@Test
	void cursorUsedWithAnotherOrderingIsABadRequest() {
		Cursor cursor = Cursor.decode(Cursor.of("SAID_ON.ASC", "2023-04-27", 3), "after");

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> cursor.in(Cursor.BY_ID))
			.withMessageContaining("in 'after' comes from another ordering");
	}

	@ParameterizedTest
	@ValueSource(strings = { "cursor:", "cursor:x", "cursor:SAID_ON:5", "cursor:SAID_ON.ASC:2023-04-27:x", "other:5" })
	void anythingThisApiDidNotIssueIsMalformed(String decoded) {
		String cursor = Base64.getUrlEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Cursor.decode(cursor, "after"))
			.withMessage("Malformed cursor '" + cursor + "' in 'after': use a cursor returned by this field");
	}

}
