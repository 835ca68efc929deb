package io.parlgraph.operations;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.graphql.observation.DataLoaderObservationContext;
import org.springframework.stereotype.Component;

/**
 * Records how many keys each DataLoader batch loads, per loader, as the
 * {@code graphql.dataloader.batch.size} distribution: batches of one mean batching does not work.
 * Spring for GraphQL already times each batch as {@code graphql.dataloader}.
 */
@Component
class DataLoaderBatchSizes implements ObservationHandler<DataLoaderObservationContext> {

	private final MeterRegistry registry;

	DataLoaderBatchSizes(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onStop(DataLoaderObservationContext context) {
		String loader = context.getDataLoader().getName();
		DistributionSummary.builder("graphql.dataloader.batch.size")
			.description("Keys loaded per DataLoader batch")
			.tag("graphql.loader.name", (loader != null) ? loader : "unknown")
			.register(this.registry)
			.record(context.getKeys().size());
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof DataLoaderObservationContext;
	}

}
