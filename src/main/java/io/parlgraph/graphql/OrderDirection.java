package io.parlgraph.graphql;

/** GraphQL {@code OrderDirection}. */
public enum OrderDirection {

	ASC, DESC

}
