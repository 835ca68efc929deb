package io.parlgraph.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Relay object identification: {@code node(id)} and {@code nodes(ids)}, batched: one
 * query per type looks up a batch of IDs ({@link NodeLookup}). Objects a
 * {@link NodeAccess} keeps from the caller are null.
 */
@Controller
class NodeController {

	private final List<NodeAccess> access;

	NodeController(NodeLookup lookup, BatchLoaderRegistry registry, List<NodeAccess> access) {
		this.access = access;
		registry.<GlobalId, Object>forName(Nodes.LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> lookup.find(ids, env.getKeyContexts())));
	}

	@QueryMapping
	CompletableFuture<@Nullable Object> node(@Argument String id, DataFetchingEnvironment env) {
		GlobalId globalId = GlobalId.decode(id);
		return mayRead(globalId) ? Nodes.load(env, globalId) : CompletableFuture.completedFuture(null);
	}

	@QueryMapping
	CompletableFuture<List<@Nullable Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		Paging.checkIdCount(ids.size());
		List<CompletableFuture<@Nullable Object>> found = ids.stream().map(id -> node(id, env)).toList();
		return CompletableFuture.allOf(found.toArray(CompletableFuture[]::new))
			.thenApply(done -> found.stream().map(CompletableFuture::join).toList());
	}

	private boolean mayRead(GlobalId id) {
		return this.access.stream().allMatch(access -> access.mayRead(id.type()));
	}

}
