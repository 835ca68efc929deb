package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;

/** Builds Relay connections from keyset query results. */
public final class Connections {

	private Connections() {
	}

	/**
	 * Makes a connection from rows fetched for a page: in the connection's order for a
	 * forward page, reversed for a backward one, and at most one row more than the page
	 * size (that row only says another page follows).
	 * @param cursor the cursor of a row
	 * @param totalCount counts all rows of the connection; called only if a query selects
	 * {@code totalCount}
	 */
	public static <T> Page<T> of(List<T> fetched, Paging page, Function<? super T, String> cursor,
			Supplier<Object> totalCount) {
		boolean more = fetched.size() > page.size();
		List<T> nodes = new ArrayList<>(more ? fetched.subList(0, page.size()) : fetched);
		if (page.backward()) {
			Collections.reverse(nodes);
		}
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (T node : nodes) {
			edges.add(new DefaultEdge<>(node, new DefaultConnectionCursor(cursor.apply(node))));
		}
		boolean hasPrevious = page.backward() ? more : page.after() != null;
		boolean hasNext = page.backward() ? page.before() != null : more;
		DefaultPageInfo pageInfo = new DefaultPageInfo(edges.isEmpty() ? null : edges.get(0).getCursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor(), hasPrevious, hasNext);
		return new Page<>(edges, pageInfo, totalCount);
	}

}
