package io.parlgraph.graphql;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;

/**
 * One request's DataLoaders, each made the first time a field asks for it. The schema has
 * some 80 loaders and a request uses a few, so making them all up front (as Spring for
 * GraphQL does) cost more than a small query's own work; and the dispatcher visits only
 * the loaders made.
 */
final class LazyDataLoaderRegistry extends DataLoaderRegistry {

	private final Map<String, DataLoader<?, ?>> templates;

	private final GraphQLContext context;

	private final @Nullable DataLoaderInstrumentation instrumentation;

	LazyDataLoaderRegistry(Map<String, DataLoader<?, ?>> templates, GraphQLContext context,
			@Nullable DataLoaderInstrumentation instrumentation) {
		super(new ConcurrentHashMap<>(), null);
		this.templates = templates;
		this.context = context;
		this.instrumentation = instrumentation;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
		DataLoader<?, ?> made = this.dataLoaders.get(key);
		if (made == null && this.templates.containsKey(key)) {
			made = this.dataLoaders.computeIfAbsent(key, this::make);
		}
		return (DataLoader<K, V>) made;
	}

	/**
	 * The template's loader and options, bound to this request's context (and
	 * instrumented).
	 */
	private DataLoader<?, ?> make(String key) {
		DataLoader<?, ?> template = Objects.requireNonNull(this.templates.get(key));
		return template.transform(loader -> loader.options(template.getOptions().transform(options -> {
			options.setBatchLoaderContextProvider(() -> this.context);
			if (this.instrumentation != null) {
				options.setInstrumentation(this.instrumentation);
			}
		})));
	}

}
