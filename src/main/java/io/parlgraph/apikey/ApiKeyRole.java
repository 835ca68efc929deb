package io.parlgraph.apikey;

/** What a key may do. Reads need no key. */
public enum ApiKeyRole {

	/** Publishes, corrects and retracts articles, and creates and updates facts. */
	EDITOR,

	/** Everything an editor may, and manages API keys. */
	ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	String authority() {
		return "ROLE_" + name();
	}

}
