package io.parlgraph.graphql;

/**
 * A root connection's {@code orderBy} argument: the name of a sort key of that connection
 * (a value of its {@code <Type>OrderField} enum), and the direction.
 */
public record OrderBy(String field, OrderDirection direction) {
}
