package io.parlgraph.search;

import io.parlgraph.search.Snippet.TextRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void snippetOfAShortBodyIsTheBodyWithEveryMatchMarked() {
		Snippet snippet = Snippet.of(document("Title", "Mustafa Şentop met Sahibə Qafarova."),
				SearchQuery.parse("sentop qafar"));

		assertThat(snippet.text()).isEqualTo("Mustafa Şentop met Sahibə Qafarova.");
		assertThat(snippet.highlights()).containsExactly(new TextRange(8, 14), new TextRange(26, 34));
	}

	@Test
	void snippetOfALongBodyStartsShortlyBeforeTheFirstMatchAtAWord() {
		String body = "word ".repeat(100) + "Məclis " + "filler ".repeat(100);

		Snippet snippet = Snippet.of(document("Title", body), SearchQuery.parse("meclis"));

		assertThat(snippet.text()).startsWith("…word").endsWith("…").contains("Məclis");
		assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippet.LENGTH + 2);
		TextRange match = snippet.highlights().get(0);
		assertThat(snippet.text().substring(match.start(), match.end())).isEqualTo("Məclis");
	}

	@Test
	void phraseIsMarkedAsOneRangeAndOnlyWhereItsWordsAreInARow() {
		Snippet snippet = Snippet.of(document("", "cooperation protocol; Protocol on Cooperation"),
				SearchQuery.parse("\"protocol on cooperation\""));

		assertThat(snippet.highlights()).containsExactly(new TextRange(22, 45));
	}

	@Test
	void titleIsTheSnippetWhenTheBodyDoesNotMatch() {
		Snippet snippet = Snippet.of(document("Sahiba Gafarova · Sahibə Qafarova", ""), SearchQuery.parse("qafarova"));

		assertThat(snippet.text()).isEqualTo("Sahiba Gafarova · Sahibə Qafarova");
		assertThat(snippet.highlights()).containsExactly(new TextRange(25, 33));
	}

	@Test
	void excludedTermsAreNotMarked() {
		Snippet snippet = Snippet.of(document("", "Gafarova and Sentop"), SearchQuery.parse("gafarova -sentop"));

		assertThat(snippet.highlights()).containsExactly(new TextRange(0, 8));
	}

	private static SearchDocument document(String title, String body) {
		return new SearchDocument(SearchableType.ARTICLE, 1, "en", title, body, 0);
	}

}
