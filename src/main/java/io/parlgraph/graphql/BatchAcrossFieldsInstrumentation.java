package io.parlgraph.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.stereotype.Component;

/**
 * Dispatches DataLoaders only once no data fetcher or batch loader is running (as
 * JavaScript's DataLoader does), instead of level by level per root field. Without it,
 * two root fields such as {@code a: parliament(id: 1) { names } b: parliament(id: 2) {
 * names }} each load their names in a batch of their own. {@code BatchingTests} pins this
 * behaviour, since graphql-java marks the switch as internal.
 */
@Component
class BatchAcrossFieldsInstrumentation implements Instrumentation {

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(input.getGraphQLContext(), true);
		return input;
	}

}
