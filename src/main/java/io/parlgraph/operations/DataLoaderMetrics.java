package io.parlgraph.operations;

import java.util.List;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Times each DataLoader batch as {@code graphql.dataloader} and records how many keys it loads as
 * {@code graphql.dataloader.batch.size} (batches of one mean batching does not work), with the
 * tags Spring for GraphQL's own observation gives them. Spring's observation rebuilds every
 * DataLoader of each request to instrument it; this instrumentation is set once, on the loaders a
 * request actually makes (see {@code LazyDataLoaderRegistry}).
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderMetrics implements DataLoaderInstrumentation {

	private final MeterRegistry registry;

	DataLoaderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Spring's request observation ({@code graphql.request}), without its DataLoader rebuild. */
	@Bean
	static GraphQlObservationInstrumentation graphQlRequestObservations(ObservationRegistry observations) {
		return new GraphQlObservationInstrumentation(observations) {
			@Override
			public ExecutionInput instrumentExecutionInput(ExecutionInput input,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				return input;
			}
		};
	}

	@Override
	public DataLoaderInstrumentationContext<List<?>> beginBatchLoader(DataLoader<?, ?> loader, List<?> keys,
			BatchLoaderEnvironment environment) {
		String name = (loader.getName() != null) ? loader.getName() : "unknown";
		DistributionSummary.builder("graphql.dataloader.batch.size")
			.description("Keys loaded per DataLoader batch")
			.tag("graphql.loader.name", name)
			.register(this.registry)
			.record(keys.size());
		Timer.Sample started = Timer.start(this.registry);
		return new DataLoaderInstrumentationContext<>() {
			@Override
			public void onCompleted(@Nullable List<?> result, @Nullable Throwable error) {
				started.stop(Timer.builder("graphql.dataloader")
					.description("A DataLoader batch")
					.tag("graphql.loader.name", name)
					.tag("graphql.outcome", (error != null) ? "ERROR" : "SUCCESS")
					.tag("graphql.error.type", (error != null) ? error.getClass().getSimpleName() : "NONE")
					.tag("error", (error != null) ? error.getClass().getSimpleName() : "none")
					.register(DataLoaderMetrics.this.registry));
			}
		};
	}

}
