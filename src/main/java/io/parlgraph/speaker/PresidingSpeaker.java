package io.parlgraph.speaker;

/** The speaker presiding over a parliament on some day. */
public record PresidingSpeaker(Long parliamentId, Speaker speaker) {
}
