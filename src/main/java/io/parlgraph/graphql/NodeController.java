package io.parlgraph.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Relay object identification: {@code node(id)} and {@code nodes(ids)}, batched: one query per
 * type looks up a batch of IDs ({@link NodeLookup}).
 */
@Controller
class NodeController {

	NodeController(NodeLookup lookup, BatchLoaderRegistry registry) {
		registry.<GlobalId, Object>forName(Nodes.LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> lookup.find(ids)));
	}

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		return Nodes.load(env, GlobalId.decode(id));
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		Paging.checkIdCount(ids.size());
		DataLoader<GlobalId, Object> loader = env.getDataLoader(Nodes.LOADER);
		return loader.loadMany(ids.stream().map(GlobalId::decode).toList());
	}

}
