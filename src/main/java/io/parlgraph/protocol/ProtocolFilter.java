package io.parlgraph.protocol;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ProtocolFilter}. */
record ProtocolFilter(@Nullable ProtocolKind kind, @Nullable String parliament, @Nullable String signatory,
		@Nullable LocalDate from, @Nullable LocalDate to) {
}
