/**
 * Speakers and their terms of office: {@code Query.speakers}, {@code Speaker.*},
 * {@code SpeakerTerm.*}, and who presided over a parliament on a given day.
 */
@NullMarked
package io.parlgraph.speaker;

import org.jspecify.annotations.NullMarked;
