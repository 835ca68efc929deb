package io.parlgraph.visit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code VisitFilter}. */
record VisitFilter(@Nullable String speaker, @Nullable String parliament, @Nullable String occasion,
		@Nullable VisitKind kind, @Nullable String country, @Nullable LocalDate from, @Nullable LocalDate to) {

	static final VisitFilter NONE = new VisitFilter(null, null, null, null, null, null, null);

}
