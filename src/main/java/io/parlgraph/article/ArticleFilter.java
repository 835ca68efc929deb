package io.parlgraph.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ArticleFilter}. */
record ArticleFilter(@Nullable String language, @Nullable String publisher, @Nullable OffsetDateTime publishedFrom,
		@Nullable OffsetDateTime publishedTo, @Nullable List<String> mentions, @Nullable List<String> mentionsAny,
		@Nullable Boolean includeRetracted) {

	static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null, null);

}
