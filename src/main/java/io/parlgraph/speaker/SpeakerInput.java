package io.parlgraph.speaker;

import java.util.List;

import io.parlgraph.write.LocalizedNameInput;

/**
 * A speaker to create (GraphQL {@code SpeakerInput}): the name in English, and in other
 * languages.
 */
public record SpeakerInput(String slug, String name, String country, List<LocalizedNameInput> names) {
}
