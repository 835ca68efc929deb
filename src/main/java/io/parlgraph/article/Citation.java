package io.parlgraph.article;

import org.jspecify.annotations.Nullable;

/**
 * A fact an article cites, and where in its body: the passage's offsets, if a passage is
 * named.
 */
record Citation(String type, long subjectId, @Nullable Integer start, @Nullable Integer end) {
}
