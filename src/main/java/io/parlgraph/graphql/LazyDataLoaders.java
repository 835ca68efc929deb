package io.parlgraph.graphql;

import java.util.Map;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Executes every request (HTTP, SSE, WebSocket and tests alike) with a
 * {@link LazyDataLoaderRegistry}. The {@link BatchLoaderRegistry}'s loaders are made once, as
 * templates; a request copies only those its fields ask for.
 */
@Component
class LazyDataLoaders implements ExecutionGraphQlService {

	/** No DataLoader registrars: the registry comes with each request's input. */
	private final ExecutionGraphQlService execution;

	private final BatchLoaderRegistry batchLoaders;

	private final @Nullable DataLoaderInstrumentation instrumentation;

	private volatile @Nullable Map<String, DataLoader<?, ?>> templates;

	LazyDataLoaders(GraphQlSource source, BatchLoaderRegistry batchLoaders,
			ObjectProvider<DataLoaderInstrumentation> instrumentation) {
		this.execution = new DefaultExecutionGraphQlService(source);
		this.batchLoaders = batchLoaders;
		this.instrumentation = instrumentation.getIfUnique();
	}

	@Override
	public Mono<ExecutionGraphQlResponse> execute(ExecutionGraphQlRequest request) {
		request.configureExecutionInput((input, builder) -> builder
			.dataLoaderRegistry(new LazyDataLoaderRegistry(templates(), input.getGraphQLContext(), this.instrumentation))
			.build());
		return this.execution.execute(request);
	}

	/**
	 * Made at the first request, once every controller has registered its loaders; two first
	 * requests at once may both make them, to the same effect.
	 */
	private Map<String, DataLoader<?, ?>> templates() {
		Map<String, DataLoader<?, ?>> made = this.templates;
		if (made == null) {
			DataLoaderRegistry registry = new DataLoaderRegistry();
			this.batchLoaders.registerDataLoaders(registry, GraphQLContext.newContext().build());
			made = Map.copyOf(registry.getDataLoadersMap());
			this.templates = made;
		}
		return made;
	}

}
