package io.parlgraph.operations;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * DataLoader batches are measured; data fetchers are wrapped only when fields are
 * observed.
 */
class DataLoaderMetricsTests {

	private final DataFetcher<Object> fetcher = env -> "value";

	/** A field resolved by application code, not a plain property. */
	private final InstrumentationFieldFetchParameters field = mock(InstrumentationFieldFetchParameters.class);

	@Test
	void fieldsAreNotWrappedWhileTheirObservationIsOff() {
		var instrumentation = DataLoaderMetrics.graphQlRequestObservations(ObservationRegistry.create(), false);

		assertThat(instrumentation.instrumentDataFetcher(this.fetcher, this.field, null)).isSameAs(this.fetcher);
	}

	@Test
	void fieldsAreWrappedWhenTheirObservationIsOn() {
		var instrumentation = DataLoaderMetrics.graphQlRequestObservations(ObservationRegistry.create(), true);
		InstrumentationState request = instrumentation
			.createStateAsync(
					new InstrumentationCreateStateParameters(null, ExecutionInput.newExecutionInput("{ a }").build()))
			.join();

		assertThat(instrumentation.instrumentDataFetcher(this.fetcher, this.field, request)).isNotSameAs(this.fetcher);
	}

	@Test
	void aBatchIsTimedAndItsKeysCounted() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		var loader = DataLoaderFactory.newDataLoader("Speaker.quotes",
				(List<Integer> keys) -> CompletableFuture.completedFuture(keys));

		new DataLoaderMetrics(registry).beginBatchLoader(loader, List.of(1, 2, 3), null).onCompleted(List.of(), null);

		assertThat(registry.get("graphql.dataloader.batch.size")
			.tag("graphql.loader.name", "Speaker.quotes")
			.summary()
			.totalAmount()).isEqualTo(3);
		assertThat(registry.get("graphql.dataloader")
			.tags("graphql.loader.name", "Speaker.quotes", "graphql.outcome", "SUCCESS", "error", "none")
			.timer()
			.count()).isEqualTo(1);
	}

}
