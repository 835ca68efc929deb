package io.parlgraph.graphql;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/**
 * Loads objects of any node type by {@link GlobalId}, batched: one query per type for all
 * the objects a request level asks for (the loader behind {@code node(id:)}).
 */
public final class Nodes {

	static final String LOADER = "Query.node";

	private Nodes() {
	}

	/** The object with the ID, or null if there is none. */
	public static CompletableFuture<@Nullable Object> load(DataFetchingEnvironment env, GlobalId id) {
		DataLoader<GlobalId, @Nullable Object> loader = Objects.requireNonNull(env.getDataLoader(LOADER));
		return loader.load(id, ToOneSelection.of(env, id.type()));
	}

}
