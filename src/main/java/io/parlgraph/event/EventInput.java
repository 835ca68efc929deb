package io.parlgraph.event;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An event to create (GraphQL {@code EventInput}). */
public record EventInput(String slug, EventKind kind, String name, @Nullable String description,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable String city, @Nullable String country,
		@Nullable String organizer) {
}
