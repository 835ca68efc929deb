package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema a client sees: documented throughout, and every field served. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class SchemaTests {

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everyTypeFieldAndEnumValueHasADescription() {
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : ownTypes()) {
			if (isBlank(type.getDescription())) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions()
					.stream()
					.filter(field -> isBlank(field.getDescription()))
					.forEach(field -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter(field -> isBlank(field.getDescription()))
					.forEach(field -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter(value -> isBlank(value.getDescription()))
					.forEach(value -> undocumented.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	@Test
	void everyFieldIsServedByAHandlerOrAProperty() {
		GraphQLSchema schema = this.graphQlSource.schema();
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Map<String, Map<String, DataFetcher>> fetchers = new LinkedHashMap<>();
		for (GraphQLNamedType type : ownTypes()) {
			if (type instanceof GraphQLObjectType object) {
				object.getFieldDefinitions().forEach(field -> {
					FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
					if (registry.hasDataFetcher(coordinates)) {
						fetchers.computeIfAbsent(object.getName(), name -> new LinkedHashMap<>())
							.put(field.getName(), registry.getDataFetcher(coordinates, field));
					}
				});
			}
		}

		SchemaReport report = SchemaMappingInspector.inspect(schema, fetchers);

		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedRegistrations()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.fieldNullnessErrors()).isEmpty();
	}

	@Test
	void batchMappingFieldsSkipTheContextRestoreThatOtherHandlersKeep() {
		GraphQLCodeRegistry registry = this.graphQlSource.schema().getCodeRegistry();

		assertThat(fetcher(registry, "Quote", "speaker")).isInstanceOf(BatchFieldsWithoutContext.LoaderCall.class);
		assertThat(fetcher(registry, "Speaker", "quotes").getClass().getSimpleName())
			.contains("ContextDataFetcherDecorator");
	}

	private DataFetcher<?> fetcher(GraphQLCodeRegistry registry, String type, String field) {
		GraphQLObjectType object = this.graphQlSource.schema().getObjectType(type);
		return registry.getDataFetcher(object, object.getFieldDefinition(field));
	}

	private List<GraphQLNamedType> ownTypes() {
		return this.graphQlSource.schema()
			.getAllTypesAsList()
			.stream()
			.filter(type -> !type.getName().startsWith("__"))
			.filter(type -> !List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName()))
			.toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
