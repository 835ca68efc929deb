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
 * Refuses a subscription sent for a single JSON response (a POST that accepts JSON rather
 * than {@code text/event-stream}): its events could never arrive, and the answer would be
 * a 200 with a serialized publisher in place of data. After {@link QueriesOnlyOverGet},
 * which answers GET.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SubscriptionsOnlyAsStreams implements Instrumentation {

	/**
	 * Where subscriptions are served: what every refusal of one tells the client to use.
	 */
	static final String HOW_TO_SUBSCRIBE = "a subscription streams its events: send it with POST and the header "
			+ "'Accept: text/event-stream' (Server-Sent Events), or over graphql-ws (a WebSocket to this same URL)";

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (context.getGraphQLContext().getBoolean(GraphQlHttpEndpoint.SINGLE_RESPONSE, false)
				&& context.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
			throw new AbortExecutionException(List
				.of(Rejection.NOT_ACCEPTABLE.error("This request accepts one JSON response, but " + HOW_TO_SUBSCRIBE)));
		}
		return null;
	}

}
