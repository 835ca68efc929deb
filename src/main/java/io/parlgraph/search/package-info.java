/**
 * Full-text search: {@code Query.search} over an application-maintained index
 * ({@code search_document}), and {@link io.parlgraph.search.SearchIndex}, which every
 * writer of searchable rows calls.
 */
@NullMarked
package io.parlgraph.search;

import org.jspecify.annotations.NullMarked;
