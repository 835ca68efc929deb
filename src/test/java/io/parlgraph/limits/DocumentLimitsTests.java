package io.parlgraph.limits;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import graphql.GraphQLError;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Depth, aliases, root fields, fields per selection set and directives, measured on the
 * parsed document with fragments expanded.
 */
class DocumentLimitsTests {

	private final DocumentLimits limits = new DocumentLimits(new LimitProperties(DataSize.ofKilobytes(256), 5000, 3, 2,
			2, 4, 2, 50_000, Duration.ofSeconds(10), DataSize.ofMegabytes(1), new LimitProperties.RateLimit(true, 100,
					100, Duration.ofHours(1), Set.of(), 100, Duration.ofMillis(100), Duration.ofMillis(10))));

	@Test
	void documentWithinEveryLimitPasses() {
		// language=GraphQL
		assertThat(codes("{ a: speakers { edges @include(if: true) { cursor } } }")).isEmpty();
	}

	@Test
	void depthCountsFieldLevelsThroughFragments() {
		// language=GraphQL
		assertThat(codes("{ speakers { ...E } } fragment E on SpeakerConnection { edges { node { name } } }"))
			.containsExactly("MAX_DEPTH_LIMIT");
		// language=GraphQL
		assertThat(codes("{ speakers { ... on SpeakerConnection { edges { cursor } } } }")).isEmpty();
	}

	@Test
	void introspectionFieldsAreLeftToGraphQlJavasOwnChecks() {
		// language=GraphQL
		assertThat(codes("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }")).isEmpty();
	}

	@Test
	void aliasesCountEveryTimeTheirFragmentIsSpread() {
		// language=GraphQL
		assertThat(codes(
				"{ speakers { ...A ...A ...A } } fragment A on SpeakerConnection { one: pageInfo { hasNextPage } }"))
			.containsExactly("MAX_ALIASES_LIMIT");
	}

	@Test
	void rootFieldsIncludeThoseOfFragmentsAndInlineFragments() {
		// language=GraphQL
		assertThat(codes(
				"{ __typename ... on Query { speakers { pageInfo { hasNextPage } } } ...R } fragment R on Query { quotes { pageInfo { hasNextPage } } }"))
			.containsExactly("MAX_ROOT_FIELDS_LIMIT");
	}

	@Test
	void aFieldSelectedOverAndOverCountsEveryTime() {
		// language=GraphQL
		assertThat(codes(
				"{ speakers { pageInfo { hasNextPage hasNextPage ... on PageInfo { hasNextPage } ...H } } } fragment H on PageInfo { hasNextPage hasNextPage }"))
			.containsExactly("MAX_SELECTION_FIELDS_LIMIT");
		// language=GraphQL
		assertThat(codes("{ speakers { pageInfo { hasNextPage hasNextPage hasNextPage hasNextPage } } }")).isEmpty();
	}

	@Test
	void directivesOnFieldsAndFragmentsAllCount() {
		// language=GraphQL
		assertThat(codes(
				"{ speakers @include(if: true) { ...P @include(if: true) } } fragment P on SpeakerConnection { pageInfo @skip(if: false) { hasNextPage } }"))
			.containsExactly("MAX_DIRECTIVES_LIMIT");
	}

	@Test
	void everyExceededLimitIsReported() {
		// language=GraphQL
		assertThat(codes("{ a: __typename b: __typename c: __typename speakers { edges { node { name } } } }"))
			.containsExactlyInAnyOrder("MAX_DEPTH_LIMIT", "MAX_ALIASES_LIMIT", "MAX_ROOT_FIELDS_LIMIT");
	}

	@Test
	void fragmentsSpreadExponentiallyOftenAreMeasuredOnceEachAndRefused() {
		StringBuilder document = new StringBuilder("{ ...F0 }");
		for (int i = 0; i < 80; i++) {
			document.append(" fragment F")
				.append(i)
				.append(" on Query { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		document.append(" fragment F80 on Query { alias: __typename }");

		List<GraphQLError> errors = this.limits.check(Parser.parse(document.toString()));

		assertThat(errors).extracting(error -> error.getExtensions().get("code"))
			.containsExactlyInAnyOrder("MAX_ALIASES_LIMIT", "MAX_ROOT_FIELDS_LIMIT", "MAX_SELECTION_FIELDS_LIMIT");
		assertThat(errors.get(0).getMessage()).contains(Long.toString(Long.MAX_VALUE));
	}

	@Test
	void fragmentCyclesAreLeftToValidation() {
		// language=GraphQL
		assertThat(codes(
				"{ speakers { ...A } } fragment A on SpeakerConnection { ...B } fragment B on SpeakerConnection { ...A }"))
			.isEmpty();
	}

	@Test
	void theLargestOperationOfTheDocumentCounts() {
		// language=GraphQL
		assertThat(codes("query small { __typename } query large { a: __typename b: __typename c: __typename }"))
			.containsExactlyInAnyOrder("MAX_ALIASES_LIMIT", "MAX_ROOT_FIELDS_LIMIT");
	}

	private List<Object> codes(String document) {
		return this.limits.check(Parser.parse(document))
			.stream()
			.map(error -> error.getExtensions().get("code"))
			.toList();
	}

}
