package io.parlgraph.search;

import java.util.Arrays;
import java.util.Optional;

/** What {@code search} can find (GraphQL {@code SearchableType}), each with its table. */
public enum SearchableType {

	ARTICLE("Article", "article"), QUOTE("Quote", "quote"), SPEAKER("Speaker", "speaker"),
	PARLIAMENT("Parliament", "parliament"), EVENT("Event", "event"), PROTOCOL("Protocol", "protocol");

	private final String typeName;

	private final String table;

	SearchableType(String typeName, String table) {
		this.typeName = typeName;
		this.table = table;
	}

	/**
	 * The searchable type of an entity, if it is one, e.g. {@code QUOTE} for
	 * {@code Quote}.
	 */
	public static Optional<SearchableType> of(Class<?> entity) {
		return Arrays.stream(values()).filter(type -> type.typeName.equals(entity.getSimpleName())).findFirst();
	}

	/** The GraphQL type (and entity) name, e.g. {@code Article}. */
	public String typeName() {
		return this.typeName;
	}

	String table() {
		return this.table;
	}

}
