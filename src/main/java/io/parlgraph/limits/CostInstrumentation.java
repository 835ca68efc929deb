package io.parlgraph.limits;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.graphql.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Estimates each operation's {@link OperationCost} once it is validated and its variables
 * are known, but before anything runs; refuses it if a page size is out of range or it
 * could return more objects than the node limit, and otherwise charges it to its client's
 * budget (when the request has one: over HTTP and WebSocket).
 */
@Component
@EnableConfigurationProperties(LimitProperties.class)
class CostInstrumentation implements Instrumentation {

	private final long maxNodes;

	CostInstrumentation(LimitProperties limits) {
		this.maxNodes = limits.maxNodes();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationCost cost;
		try {
			cost = OperationCost.of(context);
		}
		catch (InvalidInputException ex) {
			throw refused(Rejection.PAGE_SIZE_OUT_OF_RANGE, ex.getMessage());
		}
		if (cost.nodes() > this.maxNodes) {
			throw refused(Rejection.MAX_NODES_LIMIT,
					("This operation could return up to %d objects; at most %d are "
							+ "allowed: ask for smaller pages with 'first' or 'last' (20 when left out)")
						.formatted(cost.nodes(), this.maxNodes));
		}
		RequestBudget budget = context.getGraphQLContext().get(RequestBudget.class);
		if (budget != null) {
			budget.charge(cost);
		}
		return null;
	}

	private static AbortExecutionException refused(Rejection rejection, String message) {
		return new AbortExecutionException(List.of(rejection.error(message)));
	}

}
