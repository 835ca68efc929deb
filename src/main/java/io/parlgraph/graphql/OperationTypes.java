package io.parlgraph.graphql;

import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.ExecutionGraphQlRequest;

/**
 * The type of a request's operation, where its document is known already (parsed before,
 * within the limits).
 */
public interface OperationTypes {

	/**
	 * The operation's type, or null where the document is new, invalid, or names no such
	 * operation.
	 */
	OperationDefinition.@Nullable Operation typeOf(ExecutionGraphQlRequest request);

}
