package io.parlgraph.feed;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Tells a subscriber why its stream ended, with a code to act on: {@code SLOW_SUBSCRIBER} and
 * {@code SHUTTING_DOWN} mean "resume from your last cursor"; {@code TOO_MANY_SUBSCRIPTIONS} means
 * "end another first".
 */
@Component
class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
		String code;
		ErrorClassification classification = ErrorType.BAD_REQUEST;
		if (ex instanceof SlowSubscriberException) {
			code = "SLOW_SUBSCRIBER";
		}
		else if (ex instanceof ServerShuttingDownException) {
			code = "SHUTTING_DOWN";
			classification = graphql.ErrorType.ExecutionAborted;
		}
		else if (ex instanceof TooManySubscriptionsException) {
			code = "TOO_MANY_SUBSCRIPTIONS";
		}
		else {
			return null;
		}
		return GraphqlErrorBuilder.newError()
			.errorType(classification)
			.message(ex.getMessage())
			.extensions(Map.of("code", code))
			.build();
	}

}
