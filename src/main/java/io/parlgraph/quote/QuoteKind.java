package io.parlgraph.quote;

public enum QuoteKind {

	DIRECT, INDIRECT

}
