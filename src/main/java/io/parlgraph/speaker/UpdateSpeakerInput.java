package io.parlgraph.speaker;

import java.util.List;

import io.parlgraph.write.LocalizedNameInput;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a speaker (GraphQL {@code UpdateSpeakerInput}): what is left out stays as it
 * is.
 */
public record UpdateSpeakerInput(String id, long version, ArgumentValue<String> slug, ArgumentValue<String> name,
		ArgumentValue<String> country, ArgumentValue<List<LocalizedNameInput>> names) {
}
