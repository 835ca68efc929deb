package io.parlgraph.visit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting held during a visit, as the loaders give it (no mutation writes meetings).
 *
 * @param visit a Visit ID
 * @param participants Speaker IDs
 */
public record MeetingInput(String slug, String visit, LocalDate heldOn, MeetingFormat format, @Nullable String summary,
		List<String> participants) {
}
