package io.parlgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FetchedValue;
import graphql.execution.FieldValueInfo;
import graphql.execution.SubscriptionExecutionStrategy;
import io.micrometer.context.ContextSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * graphql-java's subscription strategy, except that the selection set of a subscription
 * event is executed once for every subscription that asks the same of it: the same
 * document, operation and variables, from callers with the same authorities. Each of them
 * is sent that one result (with its errors). A live event is handed to all of its
 * subscribers as one object, so a thousand clients subscribed with one document cost one
 * execution per event rather than a thousand; an event replayed from the log is read for
 * its subscriber alone, so it is executed for that one alone. Events are values: nothing
 * may change an event once it is handed to subscribers.
 */
@Component
class SharedEventExecution implements GraphQlSourceBuilderCustomizer {

	/**
	 * Results kept for subscribers still to be sent them; one that falls further behind
	 * executes its own.
	 */
	private static final int RESULTS_KEPT = 256;

	private static final String AUDIENCE = SharedEventExecution.class.getName() + ".audience";

	private final ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers;

	SharedEventExecution(ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers) {
		this.exceptionResolvers = exceptionResolvers;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		// the exception handler Spring gives the strategies it leaves to graphql-java,
		// from the same resolvers
		DataFetcherExceptionHandler exceptionHandler = DataFetcherExceptionResolver
			.createExceptionHandler(this.exceptionResolvers.orderedStream().toList());
		builder.configureGraphQl(graphQl -> graphQl.subscriptionExecutionStrategy(new Strategy(exceptionHandler)));
	}

	static final class Strategy extends SubscriptionExecutionStrategy {

		/**
		 * The results of recent events by what was asked, the eldest dropped first;
		 * guarded by itself.
		 */
		private final Map<Question, CompletableFuture<Result>> results = new LinkedHashMap<>() {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Question, CompletableFuture<Result>> eldest) {
				return size() > RESULTS_KEPT;
			}
		};

		Strategy(DataFetcherExceptionHandler exceptionHandler) {
			super(exceptionHandler);
		}

		/**
		 * graphql-java calls this once per event and subscription, for the subscribed
		 * field.
		 */
		@Override
		protected FieldValueInfo completeField(ExecutionContext context, ExecutionStrategyParameters parameters,
				Object fetchedValue) {
			Question question = new Question(new Identity(FetchedValue.getFetchedValue(fetchedValue)),
					context.getExecutionInput().getQuery(), context.getExecutionInput().getOperationName(),
					context.getCoercedVariables().toMap(), audience(context));
			CompletableFuture<Result> answer = new CompletableFuture<>();
			CompletableFuture<Result> earlier;
			synchronized (this.results) {
				earlier = this.results.putIfAbsent(question, answer);
			}
			if (earlier != null) {
				return new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, earlier.thenApply(result -> {
					parameters.getDeferredCallContext().addErrors(result.errors());
					return result.value();
				}));
			}
			try {
				FieldValueInfo completed = super.completeField(context, parameters, fetchedValue);
				completed.getFieldValueFuture().whenComplete((value, failure) -> {
					if (failure != null) {
						answer.completeExceptionally(failure);
					}
					else {
						answer
							.complete(new Result(value, List.copyOf(parameters.getDeferredCallContext().getErrors())));
					}
				});
				return completed;
			}
			catch (RuntimeException ex) {
				answer.completeExceptionally(ex);
				throw ex;
			}
		}

		/**
		 * The caller's authorities, which decide what it may see; read once per
		 * subscription.
		 */
		private static Object audience(ExecutionContext context) {
			return context.getGraphQLContext().computeIfAbsent(AUDIENCE, key -> {
				try (ContextSnapshot.Scope scope = ContextPropagationHelper.captureFrom(context.getGraphQLContext())
					.setThreadLocals()) {
					Authentication caller = SecurityContextHolder.getContext().getAuthentication();
					return (caller != null) ? caller.getAuthorities()
						.stream()
						.map(GrantedAuthority::getAuthority)
						.collect(Collectors.toUnmodifiableSet()) : Set.of();
				}
			});
		}

	}

	/** What a subscription asks of an event. */
	private record Question(Identity event, String document, @Nullable String operationName,
			Map<String, Object> variables, Object audience) {
	}

	/**
	 * An object, equal only to itself: an event is shared only with those handed that
	 * very object.
	 */
	private record Identity(@Nullable Object value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Identity identity && identity.value == this.value;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.value);
		}

	}

	private record Result(@Nullable Object value, List<GraphQLError> errors) {
	}

}
