package io.parlgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.parlgraph.search.Folding.Word;
import io.parlgraph.search.SearchQuery.Clause;
import io.parlgraph.search.SearchQuery.Term;

/**
 * A short passage of a result's text around the first match, and where the matches stand
 * in it (GraphQL {@code Snippet}). Offsets count UTF-16 code units, as JavaScript indexes
 * strings.
 */
record Snippet(String text, List<TextRange> highlights) {

	/** The most characters of the text a snippet shows (ellipses aside). */
	static final int LENGTH = 200;

	private static final String ELLIPSIS = "…";

	/**
	 * The snippet of a result: from its body if the query matches there, else from its
	 * title.
	 */
	static Snippet of(SearchDocument document, SearchQuery query) {
		Snippet body = around(document.body(), query);
		if (!body.highlights().isEmpty() || document.title().isEmpty()) {
			return body;
		}
		return around(document.title(), query);
	}

	private static Snippet around(String text, SearchQuery query) {
		List<Word> words = Folding.words(text);
		List<TextRange> matches = matches(words, query);
		int start = start(words, matches);
		int end = end(words, start, text.length());
		String prefix = (start > 0) ? ELLIPSIS : "";
		String shown = prefix + text.substring(start, end).replace('\n', ' ').replace('\r', ' ')
				+ ((end < text.length()) ? ELLIPSIS : "");
		List<TextRange> highlights = new ArrayList<>();
		for (TextRange match : matches) {
			if (match.start() >= start && match.end() <= end) {
				int shift = prefix.length() - start;
				highlights.add(new TextRange(match.start() + shift, match.end() + shift));
			}
		}
		return new Snippet(shown, highlights);
	}

	/**
	 * A third of a snippet before the first match, at the start of a word; 0 if that is
	 * near.
	 */
	private static int start(List<Word> words, List<TextRange> matches) {
		if (matches.isEmpty() || matches.get(0).start() <= LENGTH / 3) {
			return 0;
		}
		int from = matches.get(0).start() - LENGTH / 3;
		return words.stream().mapToInt(Word::start).filter(wordStart -> wordStart >= from).findFirst().orElse(from);
	}

	/**
	 * A snippet's length after the start, at the end of a word; or the end of the text.
	 */
	private static int end(List<Word> words, int start, int length) {
		int limit = start + LENGTH;
		if (limit >= length) {
			return length;
		}
		return words.stream().mapToInt(Word::end).filter(end -> end > start && end <= limit).max().orElse(limit);
	}

	/** Where the wanted terms match, in text order, overlapping matches merged. */
	private static List<TextRange> matches(List<Word> words, SearchQuery query) {
		List<TextRange> found = new ArrayList<>();
		for (Clause clause : query.wanted()) {
			for (Term term : clause.terms()) {
				int length = term.words().size();
				for (int i = 0; i + length <= words.size(); i++) {
					if (matchesAt(words, i, term)) {
						found.add(new TextRange(words.get(i).start(), words.get(i + length - 1).end()));
					}
				}
			}
		}
		found.sort(Comparator.comparingInt(TextRange::start));
		List<TextRange> merged = new ArrayList<>();
		for (TextRange range : found) {
			TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.start() <= last.end()) {
				merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
			}
			else {
				merged.add(range);
			}
		}
		return merged;
	}

	private static boolean matchesAt(List<Word> words, int at, Term term) {
		if (term.prefix()) {
			return words.get(at).text().startsWith(term.words().get(0));
		}
		for (int i = 0; i < term.words().size(); i++) {
			if (!words.get(at + i).text().equals(term.words().get(i))) {
				return false;
			}
		}
		return true;
	}

	/** A range of a snippet's text: from {@code start} up to {@code end}, exclusive. */
	record TextRange(int start, int end) {
	}

}
