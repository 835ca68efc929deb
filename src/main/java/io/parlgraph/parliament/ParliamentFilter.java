package io.parlgraph.parliament;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ParliamentFilter}. */
record ParliamentFilter(@Nullable ParliamentKind kind, @Nullable String country, @Nullable String memberOf) {

	static final ParliamentFilter NONE = new ParliamentFilter(null, null, null);

}
