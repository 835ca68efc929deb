package io.parlgraph.graphql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Chains the {@link Instrumentation} beans in their order, as Spring Boot does, except that those
 * that act only on whole operations (the operation checks, the request log, the cost) are chained
 * as one link that answers every per-field hook at once. graphql-java asks each link of a chain
 * at every field, several times: with nine links, a page of 100 quotes with their speakers spent
 * a fifth of its CPU in calls that did nothing.
 */
@Component
class InstrumentationChain implements GraphQlSourceBuilderCustomizer {

	/** The hooks graphql-java calls for each field or object, rather than once per operation. */
	private static final Set<String> PER_FIELD_HOOKS = Set.of("beginFieldExecution", "beginFieldFetch",
			"beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "beginExecuteObject",
			"beginDeferredField", "instrumentDataFetcher");

	private final ObjectProvider<Instrumentation> instrumentations;

	InstrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
		this.instrumentations = instrumentations;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		Instrumentation chain = chain(this.instrumentations.orderedStream().toList());
		builder.configureGraphQl(graphQl -> graphQl.instrumentation(chain));
	}

	/** The operation-only instrumentations as the first link, then the others in their order. */
	static ChainedInstrumentation chain(List<Instrumentation> instrumentations) {
		List<Instrumentation> links = new ArrayList<>();
		List<Instrumentation> operationOnly = instrumentations.stream()
			.filter(instrumentation -> !actsPerField(instrumentation))
			.toList();
		if (!operationOnly.isEmpty()) {
			links.add(new OperationOnly(operationOnly));
		}
		instrumentations.stream().filter(InstrumentationChain::actsPerField).forEach(links::add);
		return new ChainedInstrumentation(links);
	}

	/**
	 * Whether the instrumentation's class overrides any per-field hook, unless it says that it
	 * leaves fields alone.
	 */
	static boolean actsPerField(Instrumentation instrumentation) {
		if (instrumentation instanceof LeavesFieldsAlone) {
			return false;
		}
		for (Class<?> type = instrumentation.getClass(); type != Object.class
				&& type != SimplePerformantInstrumentation.class; type = type.getSuperclass()) {
			if (Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(PER_FIELD_HOOKS::contains)) {
				return true;
			}
		}
		return false;
	}

	/** Instrumentations that leave every field alone, chained: per field, nothing to ask. */
	static final class OperationOnly extends ChainedInstrumentation {

		OperationOnly(List<Instrumentation> instrumentations) {
			super(instrumentations);
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		@SuppressWarnings("deprecation")
		public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
				InstrumentationState state) {
			return ExecuteObjectInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return dataFetcher;
		}

	}

}
