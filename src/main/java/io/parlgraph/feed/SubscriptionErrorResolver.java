package io.parlgraph.feed;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.parlgraph.graphql.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Tells a subscriber why its stream ended, with a code to act on:
 * {@code SLOW_SUBSCRIBER}, {@code SHUTTING_DOWN} and {@code EVENT_LOG_UNAVAILABLE} (the
 * database is away) mean "resume from your last cursor"; {@code TOO_MANY_SUBSCRIPTIONS}
 * means "end another first". A bad {@code after} is a {@code BAD_REQUEST}, as it is for
 * queries.
 */
@Component
class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(SubscriptionErrorResolver.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof InvalidInputException) {
			return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
		}
		if (ex instanceof DataAccessException || ex instanceof TransactionException) {
			logger.warn("A subscription ended as the event log could not be read: {}", ex.toString());
			// the database's own message may hold SQL: the client learns only what to do
			return error(ErrorType.INTERNAL_ERROR, "EVENT_LOG_UNAVAILABLE",
					"The event log cannot be read just now: subscribe again in a few seconds, with the cursor of the "
							+ "last event you received as 'after'");
		}
		if (ex instanceof SlowSubscriberException) {
			return error(ErrorType.BAD_REQUEST, "SLOW_SUBSCRIBER", ex.getMessage());
		}
		if (ex instanceof ServerShuttingDownException) {
			return error(graphql.ErrorType.ExecutionAborted, "SHUTTING_DOWN", ex.getMessage());
		}
		if (ex instanceof TooManySubscriptionsException) {
			return error(ErrorType.BAD_REQUEST, "TOO_MANY_SUBSCRIPTIONS", ex.getMessage());
		}
		return null;
	}

	private static GraphQLError error(ErrorClassification classification, String code, String message) {
		return GraphqlErrorBuilder.newError()
			.errorType(classification)
			.message(message)
			.extensions(Map.of("code", code))
			.build();
	}

}
