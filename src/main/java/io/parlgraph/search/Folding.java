package io.parlgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text into search words, the same way for documents and for queries: lower case,
 * accents and other marks removed (Unicode NFD), and the letters a plain keyboard lacks
 * mapped to the ones users type instead ({@code ə→e}, {@code ı→i}, {@code ß→ss}...). A
 * word is a run of letters and digits; everything else separates words. So
 * {@code Şentop}, {@code Məclis} and {@code Türkiye'nin} become {@code sentop},
 * {@code meclis} and {@code turkiye nin}.
 */
final class Folding {

	/**
	 * Words longer than this are not indexed (nobody types them, and they would bloat the
	 * index).
	 */
	static final int MAX_WORD_LENGTH = 100;

	/** Letters that have no decomposition into a base letter and a mark. */
	private static final Map<Integer, String> LETTERS = Map.of((int) 'ə', "e", (int) 'ı', "i", (int) 'ß', "ss",
			(int) 'ø', "o", (int) 'ł', "l", (int) 'đ', "d", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ħ', "h", (int) 'þ',
			"th");

	/** Each character of the Basic Multilingual Plane folded, once it has been met. */
	private static final String[] FOLDED = new String[Character.MIN_SUPPLEMENTARY_CODE_POINT];

	private Folding() {
	}

	/** The folded words of a text, with where each one stands in it (UTF-16 offsets). */
	static List<Word> words(String text) {
		return words(text, MAX_WORD_LENGTH);
	}

	/** Whether the text has a word too long to be indexed. */
	static boolean hasOverlongWord(String text) {
		return words(text, Integer.MAX_VALUE).stream().anyMatch(word -> word.text().length() > MAX_WORD_LENGTH);
	}

	private static List<Word> words(String text, int maxLength) {
		List<Word> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int start = -1;
		int i = 0;
		while (i <= text.length()) {
			int codePoint = (i < text.length()) ? text.codePointAt(i) : ' ';
			if (foldInto(word, codePoint)) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0 && !isMark(codePoint)) {
				if (word.length() <= maxLength) {
					words.add(new Word(word.toString(), start, i));
				}
				word.setLength(0);
				start = -1;
			}
			i += Character.charCount(codePoint);
		}
		return words;
	}

	/** The folded words of a text, separated by single spaces. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder();
		for (Word word : words(text)) {
			if (!folded.isEmpty()) {
				folded.append(' ');
			}
			folded.append(word.text());
		}
		return folded.toString();
	}

	/**
	 * Appends one character folded: its base letters and digits in lower case. Returns
	 * false, appending nothing, for anything else.
	 */
	private static boolean foldInto(StringBuilder word, int codePoint) {
		String folded = (codePoint < FOLDED.length) ? FOLDED[codePoint] : null;
		if (folded == null) {
			folded = fold(codePoint);
			if (codePoint < FOLDED.length) {
				// a benign race: threads that fold the same character store equal strings
				FOLDED[codePoint] = folded;
			}
		}
		word.append(folded);
		return !folded.isEmpty();
	}

	private static String fold(int codePoint) {
		StringBuilder folded = new StringBuilder();
		new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT).codePoints().forEach(lower -> {
			String letter = LETTERS.get(lower);
			if (letter != null) {
				folded.append(letter);
			}
			else {
				Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD)
					.codePoints()
					.filter(Character::isLetterOrDigit)
					.forEach(folded::appendCodePoint);
			}
		});
		return folded.toString();
	}

	/**
	 * A combining mark standing alone keeps the word it follows going (as in decomposed
	 * text).
	 */
	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/** A folded word and the range of the text it comes from. */
	record Word(String text, int start, int end) {
	}

}
