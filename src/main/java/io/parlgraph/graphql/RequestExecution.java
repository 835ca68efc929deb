package io.parlgraph.graphql;

import java.util.Map;
import java.util.concurrent.CompletionException;

import graphql.GraphQLContext;
import graphql.language.OperationDefinition;
import io.parlgraph.data.Reads;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Executes every request (HTTP, SSE, WebSocket and tests alike) with a
 * {@link LazyDataLoaderRegistry}: the {@link BatchLoaderRegistry}'s loaders are made
 * once, as templates, and a request copies only those its fields ask for. A query whose
 * document is known already reads in one read-only session that all its batches share
 * ({@link Reads}).
 */
@Component
class RequestExecution implements ExecutionGraphQlService {

	/** No DataLoader registrars: the registry comes with each request's input. */
	private final ExecutionGraphQlService execution;

	private final BatchLoaderRegistry batchLoaders;

	private final @Nullable DataLoaderInstrumentation instrumentation;

	private final OperationTypes operationTypes;

	private final PlatformTransactionManager transactions;

	private volatile @Nullable Map<String, DataLoader<?, ?>> templates;

	RequestExecution(GraphQlSource source, BatchLoaderRegistry batchLoaders,
			ObjectProvider<DataLoaderInstrumentation> instrumentation, OperationTypes operationTypes,
			PlatformTransactionManager transactions) {
		this.execution = new DefaultExecutionGraphQlService(source);
		this.batchLoaders = batchLoaders;
		this.instrumentation = instrumentation.getIfUnique();
		this.operationTypes = operationTypes;
		this.transactions = transactions;
	}

	@Override
	public Mono<ExecutionGraphQlResponse> execute(ExecutionGraphQlRequest request) {
		request
			.configureExecutionInput((input, builder) -> builder
				.dataLoaderRegistry(
						new LazyDataLoaderRegistry(templates(), input.getGraphQLContext(), this.instrumentation))
				.build());
		if (this.operationTypes.typeOf(request) != OperationDefinition.Operation.QUERY) {
			return this.execution.execute(request);
		}
		// every batch of the query reads in one session, and none begins a transaction
		return Mono.deferContextual(context -> Mono.fromCallable(() -> {
			TransactionStatus read = this.transactions.getTransaction(Reads.READ_ONLY);
			Reads.shareConnection(this.transactions);
			try {
				return this.execution.execute(request).contextWrite(context).toFuture().join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof Exception cause) ? cause : ex;
			}
			finally {
				// ends the session; nothing was written
				this.transactions.rollback(read);
			}
		}));
	}

	/**
	 * Made at the first request, once every controller has registered its loaders; two
	 * first requests at once may both make them, to the same effect.
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
