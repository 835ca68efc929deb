package io.parlgraph.article;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ArticleFilter}. */
record ArticleFilter(@Nullable String language, @Nullable String publisher, @Nullable OffsetDateTime publishedFrom,
		@Nullable OffsetDateTime publishedTo) {
}
