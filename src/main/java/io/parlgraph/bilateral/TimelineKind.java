package io.parlgraph.bilateral;

/**
 * GraphQL {@code TimelineKind}, in the order items of one day come in: the event, the
 * visit made for it, the documents signed, what was said.
 */
enum TimelineKind {

	EVENT("Event"), VISIT("Visit"), PROTOCOL("Protocol"), QUOTE("Quote");

	private final String typeName;

	TimelineKind(String typeName) {
		this.typeName = typeName;
	}

	String typeName() {
		return this.typeName;
	}

}
