package io.parlgraph.protocol;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ProtocolFilter}. */
record ProtocolFilter(@Nullable ProtocolKind kind, @Nullable String parliament, @Nullable String party,
		@Nullable String signatory, @Nullable String visit, @Nullable LocalDate from, @Nullable LocalDate to) {

	static final ProtocolFilter NONE = new ProtocolFilter(null, null, null, null, null, null, null);

}
