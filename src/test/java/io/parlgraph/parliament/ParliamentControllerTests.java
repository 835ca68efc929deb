package io.parlgraph.parliament;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.write.MutationTransaction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The {@code Parliament} type's own handlers and their queries, with the data layer
 * mocked. With one controller most of the schema is unmapped by design, so the schema
 * inspection is off here.
 */
@GraphQlTest(controllers = ParliamentController.class, properties = "spring.graphql.schema.inspection.enabled=false")
@Import(ParliamentQueries.class)
class ParliamentControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@MockitoBean
	private ParliamentRepository parliaments;

	@MockitoBean
	private ParliamentNameRepository names;

	@MockitoBean
	private RelationLoader relations;

	@MockitoBean
	private KeysetPages pages;

	@MockitoBean
	private ParliamentWrites parliamentWrites;

	@MockitoBean
	private MutationTransaction writes;

	@Test
	void nameIsInTheLanguageAskedForElseEnglish() {
		Parliament majlis = parliament(7, "milli-majlis");
		given(this.parliaments.findById(7L)).willReturn(Optional.of(majlis));
		given(this.names.findByParliamentIdIn(anyCollection())).willReturn(
				List.of(new ParliamentName(7, "en", "National Assembly of the Republic of Azerbaijan", "Milli Majlis"),
						new ParliamentName(7, "az", "Azərbaycan Respublikasının Milli Məclisi", "Milli Məclis")));

		// language=GraphQL
		String document = """
				query($id: ID!) {
				  parliament(id: $id) { slug az: name(language: "az") tr: name(language: "tr") default: name }
				}
				""";
		var response = this.graphQl.document(document).variable("id", GlobalId.encode("Parliament", 7)).execute();

		response.path("parliament.slug").entity(String.class).isEqualTo("milli-majlis");
		response.path("parliament.az").entity(String.class).isEqualTo("Azərbaycan Respublikasının Milli Məclisi");
		response.path("parliament.tr")
			.entity(String.class)
			.isEqualTo("National Assembly of the Republic of Azerbaijan");
		response.path("parliament.default")
			.entity(String.class)
			.isEqualTo("National Assembly of the Republic of Azerbaijan");
	}

	@Test
	void namesOfManyParliamentsAreLoadedInOneBatch() {
		given(this.parliaments.findById(1L)).willReturn(Optional.of(parliament(1, "a")));
		given(this.parliaments.findById(2L)).willReturn(Optional.of(parliament(2, "b")));
		given(this.names.findByParliamentIdIn(anyCollection()))
			.willReturn(List.of(new ParliamentName(1, "en", "A", null), new ParliamentName(2, "en", "B", null)));

		// language=GraphQL
		String document = """
				query($a: ID!, $b: ID!) {
				  a: parliament(id: $a) { names { name } }
				  b: parliament(id: $b) { names { name } }
				}
				""";
		var response = this.graphQl.document(document)
			.variable("a", GlobalId.encode("Parliament", 1))
			.variable("b", GlobalId.encode("Parliament", 2))
			.execute();

		response.path("a.names[*].name").entityList(String.class).containsExactly("A");
		response.path("b.names[*].name").entityList(String.class).containsExactly("B");
		verify(this.names).findByParliamentIdIn(Set.of(1L, 2L));
	}

	@Test
	void idOfAnotherTypeIsABadRequestAndNeverQueried() {
		this.graphQl.document("query($id: ID!) { parliament(id: $id) { slug } }")
			.variable("id", GlobalId.encode("Quote", 7))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		verify(this.parliaments, never()).findById(7L);
	}

	private static Parliament parliament(long id, String slug) {
		Parliament parliament = new Parliament(slug, ParliamentKind.NATIONAL_PARLIAMENT, "AZ", null);
		ReflectionTestUtils.setField(parliament, "id", id);
		return parliament;
	}

}
