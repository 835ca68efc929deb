package io.parlgraph.visit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A visit to create (GraphQL {@code VisitInput}). */
public record VisitInput(String slug, VisitKind kind, String visitor, String visitorParliament, String hostParliament,
		String city, String country, LocalDate startDate, @Nullable LocalDate endDate, @Nullable String occasion) {
}
