package io.parlgraph.search;

import java.util.List;
import java.util.stream.Stream;

import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.search.SearchQuery.Clause;
import io.parlgraph.search.SearchQuery.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SearchQueryTests {

	@Test
	void wordsMatchWordStartsAndAllMustMatch() {
		assertThat(SearchQuery.parse("Gafar  Şentop").clauses()).containsExactly(
				new Clause(List.of(new Term(List.of("gafar"), true)), false),
				new Clause(List.of(new Term(List.of("sentop"), true)), false));
	}

	@Test
	void aOneLetterWordMatchesOnlyItself() {
		assertThat(SearchQuery.parse("a").clauses())
			.containsExactly(new Clause(List.of(new Term(List.of("a"), false)), false));
	}

	@Test
	void phrasesAndWordsWithPunctuationMatchWholeWordsInARow() {
		assertThat(SearchQuery.parse("\"Protocol on Cooperation\" Türkiye'nin").clauses()).containsExactly(
				new Clause(List.of(new Term(List.of("protocol", "on", "cooperation"), false)), false),
				new Clause(List.of(new Term(List.of("turkiye", "nin"), false)), false));
	}

	@Test
	void orJoinsAlternativesAndMinusExcludes() {
		assertThat(SearchQuery.parse("gafarova OR sentop -\"flag burning\" or").clauses()).containsExactly(
				new Clause(List.of(new Term(List.of("gafarova"), true), new Term(List.of("sentop"), true)), false),
				new Clause(List.of(new Term(List.of("flag", "burning"), false)), true),
				new Clause(List.of(new Term(List.of("or"), true)), false));
	}

	@Test
	void punctuationAloneIsIgnored() {
		assertThat(SearchQuery.parse("sentop — !").clauses()).hasSize(1);
	}

	static Stream<Arguments> unreadableQueries() {
		return Stream.of(arguments("   ", "it is empty"),
				arguments("\"open phrase", "a phrase is missing its closing quote"),
				arguments("OR sentop", "'OR' needs a term on each side"),
				arguments("sentop OR", "'OR' needs a term on each side"),
				arguments("sentop OR OR gafarova", "'OR' needs a term on each side"),
				arguments("-sentop OR gafarova", "an excluded term ('-') cannot be part of an OR"),
				arguments("sentop OR -gafarova", "an excluded term ('-') cannot be part of an OR"),
				arguments("-sentop", "it needs a word or phrase to look for"),
				arguments("!!! ?", "it needs a word or phrase to look for"),
				arguments("sentop \"\"", "a phrase must hold a word"), arguments("sentop -", "'-' must hold a word"));
	}

	@ParameterizedTest
	@MethodSource("unreadableQueries")
	void unreadableQueriesSayWhatIsWrong(String query, String problem) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> SearchQuery.parse(query))
			.withMessageStartingWith("Invalid search query: " + problem)
			.withMessageEndingWith("Use words, \"exact phrases\", -excluded words, and OR between alternatives");
	}

	@Test
	void queriesTooLongOrWithTooManyTermsAreRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH + 1)))
			.withMessageContaining("longer than 500 characters");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> SearchQuery.parse("w ".repeat(SearchQuery.MAX_TERMS + 1)))
			.withMessageContaining("more than 16 terms");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> SearchQuery.parse("y".repeat(Folding.MAX_WORD_LENGTH + 1)))
			.withMessageContaining("a word is longer than 100 letters");
	}

}
