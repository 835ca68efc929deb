package io.parlgraph.speaker;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A speaker's term of office to create (GraphQL {@code SpeakerTermInput}).
 *
 * @param slug given by the loaders, whose records name their terms; the schema has no
 * such field, so a term a mutation creates gets one made of its speaker's and
 * parliament's slugs and its first year
 */
public record SpeakerTermInput(String speaker, String parliament, String title, LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable String slug) {
}
