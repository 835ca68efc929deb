package io.parlgraph.write;

import org.jspecify.annotations.Nullable;

/** A name in one language, as input (GraphQL {@code LocalizedNameInput}). */
public record LocalizedNameInput(String language, String name, @Nullable String shortName) {
}
