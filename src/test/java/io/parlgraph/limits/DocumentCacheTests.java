package io.parlgraph.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition.Operation;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of prepared documents tells the type of a request's operation once it holds
 * its document.
 */
class DocumentCacheTests {

	// language=GraphQL
	private static final String TWO_OPERATIONS = "query Read { __typename } mutation Write { __typename }";

	private final DocumentCache cache = new DocumentCache(new LimitProperties(DataSize.ofKilobytes(256), 5000, 25, 15,
			20, 100, 50, 50_000, Duration.ofSeconds(10), DataSize.ofMegabytes(1), new LimitProperties.RateLimit(true,
					100, 100, Duration.ofHours(1), Set.of(), 100, Duration.ofMillis(100), Duration.ofMillis(10))));

	@Test
	void knowsTheOperationTypeOnlyOfADocumentItHasPrepared() {
		assertThat(typeOf(TWO_OPERATIONS, "Read")).isNull();

		prepare(TWO_OPERATIONS);

		assertThat(typeOf(TWO_OPERATIONS, "Read")).isEqualTo(Operation.QUERY);
		assertThat(typeOf(TWO_OPERATIONS, "Write")).isEqualTo(Operation.MUTATION);
		assertThat(typeOf(TWO_OPERATIONS, "NoSuchOperation")).isNull();
		assertThat(typeOf(TWO_OPERATIONS, null)).as("two operations, none chosen").isNull();
	}

	@Test
	void aDocumentThatFailedHasNoOperationType() {
		String invalid = "{ unclosed";
		prepare(invalid);

		assertThat(typeOf(invalid, null)).isNull();
	}

	private void prepare(String document) {
		ExecutionInput input = ExecutionInput.newExecutionInput(document).locale(Locale.ENGLISH).build();
		this.cache.getDocumentAsync(input, in -> new PreparsedDocumentEntry(Parser.parse(in.getQuery()))).join();
	}

	private @Nullable Operation typeOf(String document, @Nullable String operationName) {
		return this.cache
			.typeOf(new DefaultExecutionGraphQlRequest(document, operationName, null, null, "1", Locale.ENGLISH));
	}

}
