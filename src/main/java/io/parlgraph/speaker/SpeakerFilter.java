package io.parlgraph.speaker;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code SpeakerFilter}. */
record SpeakerFilter(@Nullable String country, @Nullable String parliament) {
}
