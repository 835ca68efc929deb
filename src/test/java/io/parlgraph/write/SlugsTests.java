package io.parlgraph.write;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs made for facts whose input has none. */
class SlugsTests {

	@Test
	void aMadeSlugJoinsItsPartsAndIsNumberedWhileTaken() {
		Set<String> taken = Set.of("sahiba-gafarova-turkpa-2024", "sahiba-gafarova-turkpa-2024-2");

		assertThat(Slugs.free(taken::contains, "sahiba-gafarova", "turkpa", 2024))
			.isEqualTo("sahiba-gafarova-turkpa-2024-3");
		assertThat(Slugs.free(taken::contains, "sahiba-gafarova", "tbmm", 2024)).isEqualTo("sahiba-gafarova-tbmm-2024");
	}

	@Test
	void aMadeSlugIsCutToFitAndStaysWellFormed() {
		String slug = Slugs.free(candidate -> false, "a".repeat(189) + "-b", "c".repeat(200), 2024);

		UserErrors errors = new UserErrors();
		assertThat(Slugs.check(slug + "-99", errors)).isNotNull();
		assertThat(slug).isEqualTo("a".repeat(189));
	}

}
