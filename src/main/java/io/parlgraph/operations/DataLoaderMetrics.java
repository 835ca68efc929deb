package io.parlgraph.operations;

import java.util.List;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import io.parlgraph.graphql.LeavesFieldsAlone;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Times each DataLoader batch as {@code graphql.dataloader} and records how many keys it
 * loads as {@code graphql.dataloader.batch.size} (batches of one mean batching does not
 * work), with the tags Spring for GraphQL's own observation gives them. Spring's
 * observation rebuilds every DataLoader of each request to instrument it; this
 * instrumentation is set once, on the loaders a request actually makes (see
 * {@code LazyDataLoaderRegistry}).
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderMetrics implements DataLoaderInstrumentation {

	private final MeterRegistry registry;

	DataLoaderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Spring's request observation ({@code graphql.request}), without its DataLoader
	 * rebuild, and without wrapping every data fetcher when the per-field observation is
	 * off (the default): the wrapper cost each field of a 100-row page a context and an
	 * observation that records nothing.
	 */
	@Bean
	static GraphQlObservationInstrumentation graphQlRequestObservations(ObservationRegistry observations,
			@Value("${management.observations.enable.graphql.datafetcher:true}") boolean observeFields) {
		return observeFields ? new RequestObservations(observations) : new OnlyRequestObservations(observations);
	}

	/**
	 * Spring's observations of requests and of data fetchers, without the DataLoader
	 * rebuild.
	 */
	private static class RequestObservations extends GraphQlObservationInstrumentation {

		RequestObservations(ObservationRegistry observations) {
			super(observations);
		}

		@Override
		public ExecutionInput instrumentExecutionInput(ExecutionInput input,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return input;
		}

	}

	/** Spring's observation of requests only: data fetchers are not wrapped. */
	private static final class OnlyRequestObservations extends RequestObservations implements LeavesFieldsAlone {

		OnlyRequestObservations(ObservationRegistry observations) {
			super(observations);
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return fetcher;
		}

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
