package io.parlgraph.graphql;

/**
 * Bad client input (a malformed ID or cursor, an out-of-range page size): reported to the
 * client as a GraphQL error classified {@code BAD_REQUEST}, with this exception's
 * message.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
