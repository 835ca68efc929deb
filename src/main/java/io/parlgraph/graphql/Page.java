package io.parlgraph.graphql;

import java.util.List;
import java.util.function.Supplier;

import graphql.relay.DefaultConnection;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

/**
 * A Relay connection whose {@code totalCount} is computed only when a query selects it:
 * the count runs when GraphQL fetches the field, never for queries that leave it out.
 */
public final class Page<T> extends DefaultConnection<T> {

	private final Supplier<Object> totalCount;

	/**
	 * @param totalCount counts every row of the connection, as an {@code Integer} or a
	 * {@code CompletableFuture<Integer>} (e.g. from a batch loader)
	 */
	Page(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Object> totalCount) {
		super(edges, pageInfo);
		this.totalCount = totalCount;
	}

	/** Read by GraphQL for the {@code totalCount} field only. */
	public Object getTotalCount() {
		return this.totalCount.get();
	}

}
