package io.parlgraph.speaker;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A speaker's term of office to create (GraphQL {@code SpeakerTermInput}). */
public record SpeakerTermInput(String speaker, String parliament, String title, LocalDate startDate,
		@Nullable LocalDate endDate) {
}
