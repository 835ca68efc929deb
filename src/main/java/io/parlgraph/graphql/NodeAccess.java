package io.parlgraph.graphql;

/**
 * Whether the caller may look up objects of a node type by ID ({@code node(id:)},
 * {@code nodes(ids:)}). A feature whose objects are not public provides one; objects the
 * caller may not see are null, as for an ID that names nothing, so their existence is not
 * given away.
 */
public interface NodeAccess {

	/** Whether the current caller may see objects of the node type. */
	boolean mayRead(String type);

}
