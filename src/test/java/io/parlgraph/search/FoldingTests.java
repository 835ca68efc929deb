package io.parlgraph.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTests {

	@ParameterizedTest
	@CsvSource({ "Şentop, sentop", "Məclis, meclis", "Türkiye, turkiye", "Sahibə Qafarova, sahibe qafarova",
			"İSTANBUL, istanbul", "Kılıç, kilic", "Ağdam, agdam", "Gülşən Öztürk, gulsen ozturk", "Straße, strasse",
			"Łódź, lodz", "Москва, москва", "MİLLİ MƏCLİS, milli meclis" })
	void foldsCaseAccentsAndTheLettersAPlainKeyboardLacks(String text, String folded) {
		assertThat(Folding.fold(text)).isEqualTo(folded);
	}

	@Test
	void punctuationSeparatesWordsAndEachWordKnowsWhereItStands() {
		String text = "Türkiye'nin “XII” plenary—2023";

		assertThat(Folding.words(text)).extracting(Folding.Word::text)
			.containsExactly("turkiye", "nin", "xii", "plenary", "2023");
		assertThat(Folding.words(text)).allSatisfy(
				word -> assertThat(Folding.fold(text.substring(word.start(), word.end()))).isEqualTo(word.text()));
	}

	@Test
	void decomposedMarksStayInTheirWord() {
		assertThat(Folding.fold("S\u0327entop Me\u0301clis")).isEqualTo("sentop meclis");
	}

	@Test
	void wordsTooLongToIndexAreLeftOut() {
		String tooLong = "a".repeat(Folding.MAX_WORD_LENGTH + 1);

		assertThat(Folding.fold("before " + tooLong + " after")).isEqualTo("before after");
		assertThat(Folding.hasOverlongWord(tooLong)).isTrue();
		assertThat(Folding.hasOverlongWord("a".repeat(Folding.MAX_WORD_LENGTH))).isFalse();
	}

}
