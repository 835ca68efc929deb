package io.parlgraph.article;

import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;

/**
 * The facts an article may mention, named by their global IDs: in filters and when
 * publishing.
 */
final class Mentions {

	private Mentions() {
	}

	/**
	 * Decodes the ID of a fact articles may mention; refuses a malformed ID, or one of
	 * another type.
	 */
	static GlobalId decode(String value, String argument) {
		GlobalId id = GlobalId.decode(value);
		if (!SourceTables.SOURCED_TYPES.contains(id.type())) {
			throw new InvalidInputException("ID '" + value + "' in '" + argument + "' is " + GlobalId.kind(id.type())
					+ ", but articles mention only " + String.join(", ", SourceTables.SOURCED_TYPES));
		}
		return id;
	}

}
