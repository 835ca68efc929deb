package io.parlgraph.speaker;

import java.time.LocalDate;

import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentKind;
import io.parlgraph.parliament.ParliamentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who presided over a parliament on a given day, from the terms stored. */
@DataJpaTest
class SpeakerRepositoryTests {

	@Autowired
	private SpeakerRepository speakers;

	@Autowired
	private SpeakerTermRepository terms;

	@Autowired
	private ParliamentRepository parliaments;

	private Parliament tbmm;

	private Parliament majlis;

	@BeforeEach
	void storeTwoParliamentsAndTheirSpeakers() {
		this.tbmm = this.parliaments.save(new Parliament("tbmm", ParliamentKind.NATIONAL_PARLIAMENT, "TR", null));
		this.majlis = this.parliaments.save(new Parliament("majlis", ParliamentKind.NATIONAL_PARLIAMENT, "AZ", null));
		term("sentop", this.tbmm, LocalDate.of(2019, 2, 24), LocalDate.of(2023, 6, 2));
		term("kurtulmus", this.tbmm, LocalDate.of(2023, 6, 7), null);
		term("gafarova", this.majlis, LocalDate.of(2020, 3, 10), null);
	}

	@Test
	void presidingSpeakerIncludesFirstAndLastDayOfTheTerm() {
		assertThat(presiding(this.tbmm, LocalDate.of(2019, 2, 24))).isEqualTo("sentop");
		assertThat(presiding(this.tbmm, LocalDate.of(2023, 6, 2))).isEqualTo("sentop");
		assertThat(presiding(this.tbmm, LocalDate.of(2023, 6, 7))).isEqualTo("kurtulmus");
	}

	@Test
	void nobodyPresidesBetweenTermsOrBeforeTheFirst() {
		assertThat(presiding(this.tbmm, LocalDate.of(2023, 6, 5))).isNull();
		assertThat(presiding(this.tbmm, LocalDate.of(2019, 2, 23))).isNull();
	}

	@Test
	void onePresidingQueryAnswersForSeveralParliaments() {
		var presiding = this.speakers.findPresiding(java.util.List.of(this.tbmm.getId(), this.majlis.getId()),
				LocalDate.of(2023, 4, 28));

		assertThat(presiding).extracting(p -> p.parliamentId(), p -> p.speaker().getSlug())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.tbmm.getId(), "sentop"),
					org.assertj.core.groups.Tuple.tuple(this.majlis.getId(), "gafarova"));
	}

	private String presiding(Parliament parliament, LocalDate day) {
		var found = this.speakers.findPresiding(java.util.List.of(parliament.getId()), day);
		return found.isEmpty() ? null : found.get(0).speaker().getSlug();
	}

	private void term(String slug, Parliament parliament, LocalDate start, LocalDate end) {
		Speaker speaker = this.speakers.save(new Speaker(slug, slug, parliament.getCountry()));
		this.terms.save(new SpeakerTerm(slug + "-term", speaker.getId(), parliament.getId(), "Speaker", start, end));
	}

}
