package io.parlgraph.web;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.parlgraph.graphql.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to run a mutation or subscription that came with GET (a link or an image tag
 * can make a browser send a GET), before anything else looks at the operation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueriesOnlyOverGet implements Instrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationDefinition.Operation operation = context.getOperationDefinition().getOperation();
		if (context.getGraphQLContext().getBoolean(GraphQlHttpEndpoint.GET_REQUEST, false)
				&& operation != OperationDefinition.Operation.QUERY) {
			String hint = (operation == OperationDefinition.Operation.SUBSCRIPTION)
					? SubscriptionsOnlyAsStreams.HOW_TO_SUBSCRIBE : "send this mutation with POST";
			throw new AbortExecutionException(
					List.of(Rejection.METHOD_NOT_ALLOWED.error("Only queries may be sent with GET; " + hint)));
		}
		return null;
	}

}
