package io.parlgraph.speaker;

import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a speaker's term (GraphQL {@code UpdateSpeakerTermInput}): what is left out
 * stays as it is.
 */
public record UpdateSpeakerTermInput(String id, long version, ArgumentValue<String> speaker,
		ArgumentValue<String> parliament, ArgumentValue<String> title, ArgumentValue<LocalDate> startDate,
		ArgumentValue<LocalDate> endDate) {
}
