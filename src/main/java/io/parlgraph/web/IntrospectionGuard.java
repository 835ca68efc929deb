package io.parlgraph.web;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionDisabledError;
import io.parlgraph.graphql.Rejection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns introspection ({@code __schema}, {@code __type}) off when
 * {@code parlgraph.introspection.enabled} is false, as in the {@code prod} profile; per
 * request, since graphql-java's JVM-wide switch would reach every application in the JVM.
 * Gives graphql-java's introspection refusals (switched off; a query beyond its
 * good-faith limits, such as an introspection cycle) a stable {@code extensions.code}
 * like every other rejection.
 */
@Component
class IntrospectionGuard implements Instrumentation {

	private final boolean enabled;

	IntrospectionGuard(@Value("${parlgraph.introspection.enabled:true}") boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (!this.enabled) {
			input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
		}
		return input;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors().isEmpty()) {
			return CompletableFuture.completedFuture(result);
		}
		return CompletableFuture.completedFuture(result
			.transform(builder -> builder.errors(result.getErrors().stream().map(IntrospectionGuard::coded).toList())));
	}

	private static GraphQLError coded(GraphQLError error) {
		if (error instanceof IntrospectionDisabledError) {
			return Rejection.INTROSPECTION_DISABLED.coded(error);
		}
		return (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError)
				? Rejection.INTROSPECTION_LIMIT.coded(error) : error;
	}

}
