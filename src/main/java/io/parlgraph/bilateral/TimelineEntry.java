package io.parlgraph.bilateral;

import java.time.LocalDate;

/** An item of a bilateral timeline: what it is, its ID, and its day. */
record TimelineEntry(TimelineKind kind, long id, LocalDate day) {
}
