package io.parlgraph.event;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code EventFilter}: {@code from/to} select events that overlap the range. */
record EventFilter(@Nullable EventKind kind, @Nullable String country, @Nullable String organizer,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	static final EventFilter NONE = new EventFilter(null, null, null, null, null);

}
