package io.parlgraph.graphql;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Lets the fields of {@code @BatchMapping} methods run without Spring for GraphQL's
 * context restore. Spring wraps every data fetcher that is not trivial so that it runs
 * with the request's thread-locals (security, observation) set, which costs a capture of
 * the whole context per field: 200 times for a page of 100 quotes with their speakers and
 * visits. A {@code @BatchMapping} field only hands its parent to a DataLoader, and the
 * batch loader sets the context itself when it runs, so marking the field trivial (Spring
 * leaves trivial fetchers alone) loses nothing.
 */
@Component
class BatchFieldsWithoutContext implements GraphQlSourceBuilderCustomizer {

	/**
	 * Spring's fetcher for a {@code @BatchMapping} field, which calls
	 * {@code DataLoader#load} and nothing else.
	 */
	static final String BATCH_MAPPING_FETCHER = "org.springframework.graphql.data.method.annotation.support."
			+ "AnnotatedControllerConfigurer$BatchMappingDataFetcher";

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		// type visitors run before Spring's own, which wraps what is not trivial
		builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates
					.coordinates((GraphQLFieldsContainer) context.getParentNode(), field);
				if (registry.getDataFetcher(coordinates, field) instanceof SelfDescribingDataFetcher<?> fetcher
						&& fetcher.getClass().getName().equals(BATCH_MAPPING_FETCHER)) {
					registry.dataFetcher(coordinates, new LoaderCall(fetcher));
				}
				return TraversalControl.CONTINUE;
			}

		}));
	}

	/**
	 * A {@code @BatchMapping} field's fetcher, as it is, marked trivial; it describes
	 * itself as before.
	 */
	record LoaderCall(SelfDescribingDataFetcher<?> fetcher)
			implements
				TrivialDataFetcher<Object>,
				SelfDescribingDataFetcher<Object> {

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
			return this.fetcher.get(environment);
		}

		@Override
		public String getDescription() {
			return this.fetcher.getDescription();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.fetcher.getReturnType();
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return this.fetcher.getArguments();
		}

		@Override
		public @Nullable Method asMethod() {
			return this.fetcher.asMethod();
		}

		@Override
		public boolean usesDataLoader() {
			return this.fetcher.usesDataLoader();
		}

	}

}
