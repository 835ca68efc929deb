package io.parlgraph.protocol;

public enum ProtocolKind {

	PROTOCOL, MEMORANDUM, DECLARATION, AGREEMENT

}
