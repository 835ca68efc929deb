package io.parlgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLContext;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's DataLoaders are made when first asked for, bound to the request's context.
 */
class LazyDataLoaderRegistryTests {

	private final AtomicReference<Object> seenContext = new AtomicReference<>();

	private final BatchLoaderWithContext<Integer, String> echo = (keys, env) -> {
		this.seenContext.set(env.getContext());
		return CompletableFuture.completedFuture(keys.stream().map(key -> "value " + key).toList());
	};

	private final Map<String, DataLoader<?, ?>> templates = Map.of("used",
			DataLoaderFactory.newDataLoader("used", this.echo, DataLoaderOptions.newDefaultOptions()), "unused",
			DataLoaderFactory.newDataLoader("unused", this.echo, DataLoaderOptions.newDefaultOptions()));

	@Test
	void makesOnlyTheLoadersAskedFor() {
		var registry = new LazyDataLoaderRegistry(this.templates, GraphQLContext.newContext().build(), null);
		assertThat(registry.getDataLoaders()).isEmpty();

		DataLoader<Integer, String> used = registry.getDataLoader("used");

		assertThat(used).isNotNull().isSameAs(registry.getDataLoader("used")).isNotSameAs(this.templates.get("used"));
		assertThat(registry.getKeys()).containsExactly("used");
		assertThat(registry.<Object, Object>getDataLoader("no such loader")).isNull();
	}

	@Test
	void eachRequestGetsItsOwnLoaderBoundToItsContext() {
		GraphQLContext first = GraphQLContext.newContext().of("request", 1).build();
		GraphQLContext second = GraphQLContext.newContext().of("request", 2).build();
		DataLoader<Integer, String> firstLoader = new LazyDataLoaderRegistry(this.templates, first, null)
			.getDataLoader("used");
		DataLoader<Integer, String> secondLoader = new LazyDataLoaderRegistry(this.templates, second, null)
			.getDataLoader("used");

		CompletableFuture<String> value = secondLoader.load(7);
		secondLoader.dispatch();

		assertThat(value.join()).isEqualTo("value 7");
		assertThat(this.seenContext.get()).isSameAs(second);
		assertThat(firstLoader).isNotSameAs(secondLoader);
	}

	@Test
	void instrumentsTheLoadersItMakes() {
		AtomicReference<List<Object>> batch = new AtomicReference<>();
		DataLoaderInstrumentation instrumentation = new DataLoaderInstrumentation() {
			@Override
			public DataLoaderInstrumentationContext<List<?>> beginBatchLoader(DataLoader<?, ?> loader, List<?> keys,
					BatchLoaderEnvironment env) {
				batch.set(List.copyOf(keys));
				return DataLoaderInstrumentation.super.beginBatchLoader(loader, keys, env);
			}
		};
		DataLoader<Integer, String> loader = new LazyDataLoaderRegistry(this.templates,
				GraphQLContext.newContext().build(), instrumentation)
			.getDataLoader("used");

		loader.loadMany(List.of(1, 2));
		loader.dispatch().join();

		assertThat(batch.get()).containsExactly(1, 2);
	}

}
