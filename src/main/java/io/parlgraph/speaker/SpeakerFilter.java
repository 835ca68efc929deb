package io.parlgraph.speaker;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code SpeakerFilter}: {@code parliament} and {@code presidingOn} apply to the
 * same term.
 */
record SpeakerFilter(@Nullable String country, @Nullable String parliament, @Nullable LocalDate presidingOn) {

	static final SpeakerFilter NONE = new SpeakerFilter(null, null, null);

}
