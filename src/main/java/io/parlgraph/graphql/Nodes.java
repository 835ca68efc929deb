package io.parlgraph.graphql;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * Loads objects of any node type by {@link GlobalId}, batched: one query per type for all the
 * objects a request level asks for (the loader behind {@code node(id:)}).
 */
public final class Nodes {

	static final String LOADER = "Query.node";

	private Nodes() {
	}

	/** The object with the ID, or null if there is none. */
	public static CompletableFuture<Object> load(DataFetchingEnvironment env, GlobalId id) {
		DataLoader<GlobalId, Object> loader = env.getDataLoader(LOADER);
		return loader.load(id);
	}

}
