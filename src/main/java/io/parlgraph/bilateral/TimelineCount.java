package io.parlgraph.bilateral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code TimelineCount}: how many items of a kind a timeline holds, and their
 * first and last day.
 */
record TimelineCount(TimelineKind kind, int count, @Nullable LocalDate first, @Nullable LocalDate last) {
}
