package io.parlgraph.search;

import java.util.ArrayList;
import java.util.List;

import io.parlgraph.graphql.InvalidInputException;

/**
 * A parsed search query: clauses that must all hold, each a set of alternatives
 * ({@code OR}) or a single excluded term ({@code -word}). A bare word matches every word
 * that starts with it (a one-letter word only itself); a quoted phrase, or a bare word
 * that folds into several words ({@code Türkiye'nin}), matches those whole words in a
 * row.
 */
record SearchQuery(List<Clause> clauses) {

	static final int MAX_LENGTH = 500;

	static final int MAX_TERMS = 16;

	/** Reads a query, or explains what is wrong with it. */
	static SearchQuery parse(String query) {
		if (query.isBlank()) {
			throw invalid("it is empty");
		}
		if (query.length() > MAX_LENGTH) {
			throw invalid("it is longer than " + MAX_LENGTH + " characters");
		}
		List<Clause> clauses = new ArrayList<>();
		List<Token> tokens = tokens(query);
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isOr()) {
				throw invalid("'OR' needs a term on each side");
			}
			List<Term> alternatives = new ArrayList<>();
			addTerm(alternatives, token);
			while (i + 1 < tokens.size() && tokens.get(i + 1).isOr()) {
				if (i + 2 >= tokens.size() || tokens.get(i + 2).isOr()) {
					throw invalid("'OR' needs a term on each side");
				}
				if (token.excluded() || tokens.get(i + 2).excluded()) {
					throw invalid("an excluded term ('-') cannot be part of an OR");
				}
				addTerm(alternatives, tokens.get(i + 2));
				i += 2;
			}
			if (!alternatives.isEmpty()) {
				clauses.add(new Clause(alternatives, token.excluded()));
			}
		}
		if (clauses.stream().mapToInt(clause -> clause.terms().size()).sum() > MAX_TERMS) {
			throw invalid("it has more than " + MAX_TERMS + " terms");
		}
		if (clauses.stream().allMatch(Clause::excluded)) {
			throw invalid("it needs a word or phrase to look for, not only ones to exclude");
		}
		return new SearchQuery(clauses);
	}

	/** Adds the term a token folds into; a token of punctuation alone adds nothing. */
	private static void addTerm(List<Term> terms, Token token) {
		if (Folding.hasOverlongWord(token.text())) {
			throw invalid("a word is longer than " + Folding.MAX_WORD_LENGTH + " letters");
		}
		List<String> words = Folding.words(token.text()).stream().map(Folding.Word::text).toList();
		if (!words.isEmpty()) {
			terms.add(new Term(words, !token.quoted() && words.size() == 1 && words.get(0).length() > 1));
		}
		else if (token.quoted() || token.excluded()) {
			throw invalid((token.quoted() ? "a phrase" : "'-'") + " must hold a word");
		}
	}

	private static List<Token> tokens(String query) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean excluded = c == '-';
			int start = excluded ? i + 1 : i;
			if (start < query.length() && query.charAt(start) == '"') {
				int close = query.indexOf('"', start + 1);
				if (close < 0) {
					throw invalid("a phrase is missing its closing quote (\")");
				}
				tokens.add(new Token(query.substring(start + 1, close), true, excluded));
				i = close + 1;
			}
			else {
				int end = start;
				while (end < query.length() && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
					end++;
				}
				tokens.add(new Token(query.substring(start, end), false, excluded));
				i = end;
			}
		}
		return tokens;
	}

	private static InvalidInputException invalid(String problem) {
		return new InvalidInputException("Invalid search query: " + problem
				+ ". Use words, \"exact phrases\", -excluded words, and OR between alternatives");
	}

	/** The clauses that must hold (not excluded ones). */
	List<Clause> wanted() {
		return this.clauses.stream().filter(clause -> !clause.excluded()).toList();
	}

	/** Alternatives, one of which must match; or, if excluded, one term that must not. */
	record Clause(List<Term> terms, boolean excluded) {
	}

	/**
	 * Folded words that must appear in a row; with {@code prefix}, a single word that
	 * matches the start of a word.
	 */
	record Term(List<String> words, boolean prefix) {
	}

	private record Token(String text, boolean quoted, boolean excluded) {

		boolean isOr() {
			return !this.quoted && !this.excluded && this.text.equals("OR");
		}

	}

}
