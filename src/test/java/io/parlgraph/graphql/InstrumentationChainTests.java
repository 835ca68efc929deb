package io.parlgraph.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instrumentations that act only on operations share one link of the chain, which no
 * field reaches.
 */
class InstrumentationChainTests {

	private final CountsOperations first = new CountsOperations();

	private final CountsFields fields = new CountsFields();

	private final CountsOperations second = new CountsOperations();

	@Test
	void operationOnlyInstrumentationsAreOneLinkAndTheOthersKeepTheirOrder() {
		ChainedInstrumentation chain = InstrumentationChain.chain(List.of(this.first, this.fields, this.second));

		assertThat(chain.getInstrumentations()).hasSize(2);
		assertThat(chain.getInstrumentations().get(0)).isInstanceOfSatisfying(ChainedInstrumentation.class,
				operationOnly -> assertThat(operationOnly.getInstrumentations()).containsExactly(this.first,
						this.second));
		assertThat(chain.getInstrumentations().get(1)).isSameAs(this.fields);
	}

	@Test
	void everyInstrumentationStillSeesWhatItActsOn() {
		GraphQL graphQl = GraphQL
			.newGraphQL(
					new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { hello: String }"),
							RuntimeWiring.newRuntimeWiring()
								.type("Query", type -> type.dataFetcher("hello", env -> "world"))
								.build()))
			.instrumentation(InstrumentationChain.chain(List.of(this.first, this.fields, this.second)))
			.build();

		ExecutionResult result = graphQl.execute("{ a: hello b: hello c: hello }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Object>getData()).hasToString("{a=world, b=world, c=world}");
		assertThat(this.first.operations).hasValue(1);
		assertThat(this.second.operations).hasValue(1);
		assertThat(this.fields.fetches).hasValue(3);
	}

	@Test
	void aPerFieldHookThatNoLinkOverridesIsAnsweredWithoutAskingTheLinks() {
		ChainedInstrumentation chain = InstrumentationChain.chain(List.of(this.first, this.fields, this.second));
		InstrumentationState state = chain.createStateAsync(null).join();

		// the links' own no-ops, combined, would be a context of their own
		assertThat(chain.beginFieldCompletion(null, state)).isSameAs(SimpleInstrumentationContext.noOp());
		assertThat(chain.beginExecuteObject(null, state)).isSameAs(ExecuteObjectInstrumentationContext.NOOP);
		DataFetcher<?> fetcher = env -> "world";
		assertThat(chain.instrumentDataFetcher(fetcher, null, state)).isNotSameAs(fetcher);
	}

	@Test
	void anInstrumentationOverridingAPerFieldHookActsPerField() {
		assertThat(InstrumentationChain.actsPerField(this.fields)).isTrue();
		assertThat(InstrumentationChain.actsPerField(this.first)).isFalse();
		assertThat(InstrumentationChain.actsPerField(new MarkedAsLeavingFieldsAlone())).isFalse();
	}

	private static final class CountsOperations implements Instrumentation {

		final AtomicInteger operations = new AtomicInteger();

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			this.operations.incrementAndGet();
			return null;
		}

	}

	private static final class MarkedAsLeavingFieldsAlone implements Instrumentation, LeavesFieldsAlone {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

	private static final class CountsFields implements Instrumentation {

		final AtomicInteger fetches = new AtomicInteger();

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return env -> {
				this.fetches.incrementAndGet();
				return dataFetcher.get(env);
			};
		}

	}

}
