package io.parlgraph.graphql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Chains the {@link Instrumentation} beans in their order, as Spring Boot does, except
 * that those that act only on whole operations (the operation checks, the request log,
 * the cost) are chained as one link that answers every per-field hook at once.
 * graphql-java asks each link of a chain at every field, several times: with nine links,
 * a page of 100 quotes with their speakers spent a fifth of its CPU in calls that did
 * nothing. The chain itself asks its links only the per-field hooks one of them overrides
 * (today: only {@code instrumentDataFetcher}, by the argument check).
 */
@Component
class InstrumentationChain implements GraphQlSourceBuilderCustomizer {

	/**
	 * The hooks graphql-java calls for each field or object, rather than once per
	 * operation.
	 */
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

	/**
	 * The operation-only instrumentations as the first link, then the others in their
	 * order; the chain asks its links only the per-field hooks that one of them
	 * overrides.
	 */
	static ChainedInstrumentation chain(List<Instrumentation> instrumentations) {
		List<Instrumentation> links = new ArrayList<>();
		List<Instrumentation> operationOnly = instrumentations.stream()
			.filter(instrumentation -> !actsPerField(instrumentation))
			.toList();
		if (!operationOnly.isEmpty()) {
			links.add(new Chain(operationOnly, Set.of()));
		}
		Set<String> hooksInUse = new HashSet<>();
		instrumentations.stream().filter(InstrumentationChain::actsPerField).forEach(instrumentation -> {
			links.add(instrumentation);
			hooksInUse.addAll(perFieldHooks(instrumentation));
		});
		return new Chain(links, hooksInUse);
	}

	/**
	 * Whether the instrumentation overrides any per-field hook, unless it says that it
	 * leaves fields alone.
	 */
	static boolean actsPerField(Instrumentation instrumentation) {
		return !perFieldHooks(instrumentation).isEmpty();
	}

	/**
	 * The per-field hooks the instrumentation's class overrides; none if it says that it
	 * leaves fields alone.
	 */
	private static Set<String> perFieldHooks(Instrumentation instrumentation) {
		Set<String> hooks = new HashSet<>();
		if (instrumentation instanceof LeavesFieldsAlone) {
			return hooks;
		}
		for (Class<?> type = instrumentation.getClass(); type != Object.class
				&& type != SimplePerformantInstrumentation.class; type = type.getSuperclass()) {
			Arrays.stream(type.getDeclaredMethods())
				.map(Method::getName)
				.filter(PER_FIELD_HOOKS::contains)
				.forEach(hooks::add);
		}
		return hooks;
	}

	/**
	 * A chain that answers a per-field hook that none of its links overrides at once,
	 * rather than asking every link and allocating a context that combines their no-ops.
	 */
	static final class Chain extends ChainedInstrumentation {

		private final Set<String> hooksInUse;

		Chain(List<Instrumentation> links, Set<String> hooksInUse) {
			super(links);
			this.hooksInUse = Set.copyOf(hooksInUse);
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.hooksInUse.contains("beginFieldExecution") ? super.beginFieldExecution(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		@SuppressWarnings("deprecation")
		public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.hooksInUse.contains("beginFieldFetch") ? super.beginFieldFetch(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.hooksInUse.contains("beginFieldFetching") ? super.beginFieldFetching(parameters, state)
					: FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.hooksInUse.contains("beginFieldCompletion") ? super.beginFieldCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.hooksInUse.contains("beginFieldListCompletion")
					? super.beginFieldListCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.hooksInUse.contains("beginExecuteObject") ? super.beginExecuteObject(parameters, state)
					: ExecuteObjectInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.hooksInUse.contains("beginDeferredField") ? super.beginDeferredField(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return this.hooksInUse.contains("instrumentDataFetcher")
					? super.instrumentDataFetcher(dataFetcher, parameters, state) : dataFetcher;
		}

	}

}
