package io.parlgraph.search;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the index keeps of one searchable row: its text as written (for snippets) and
 * folded (for matching), its language, and its date (for ordering results of equal
 * score).
 *
 * @param language the language of the text; {@link #MULTILINGUAL} for names in several
 * languages, {@link #UNDETERMINED} where none is recorded
 * @param title the name or headline, which weighs more in the score
 * @param body the rest of the text (may be empty)
 * @param recency the date as days since 1970, larger for later; undated rows count as
 * latest
 */
record SearchDocument(SearchableType type, long id, String language, String title, String body, int recency) {

	/** BCP 47 for "multiple languages". */
	static final String MULTILINGUAL = "mul";

	/** BCP 47 for "undetermined". */
	static final String UNDETERMINED = "und";

	static int recency(@Nullable LocalDate date) {
		return (date != null) ? (int) date.toEpochDay() : Integer.MAX_VALUE;
	}

	String foldedTitle() {
		return Folding.fold(this.title);
	}

	/** All the words, the title's first. */
	String folded() {
		String body = Folding.fold(this.body);
		String title = foldedTitle();
		return body.isEmpty() ? title : title.isEmpty() ? body : title + " " + body;
	}

}
