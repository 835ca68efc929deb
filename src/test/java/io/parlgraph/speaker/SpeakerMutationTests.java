package io.parlgraph.speaker;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.parlgraph.write.Editing;
import io.parlgraph.write.Editing.Problem;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static io.parlgraph.write.Editing.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code createSpeaker}, {@code updateSpeaker}, {@code createSpeakerTerm} and
 * {@code updateSpeakerTerm}.
 */
@WriteTest
class SpeakerMutationTests {

	private static final String SPEAKER_FIELDS = "id slug name country version names { language name }";

	private static final String TERM_FIELDS = "id title startDate endDate version speaker { slug } parliament { slug }";

	private static final Map<String, Object> KOSHANOV = Map.of("slug", "yerlan-koshanov", "name", "Yerlan Koshanov",
			"country", "KZ", "names", List.of(Map.of("language", "kk", "name", "Ерлан Қошанов")));

	@Autowired
	private Editing editing;

	@Test
	void aCreatedSpeakerIsReadableAndFoundBySearchInEveryScript() {
		String id = this.editing.create("Speaker", KOSHANOV, SPEAKER_FIELDS).written().id();

		var read = this.editing.read(id, "... on Speaker { slug name country names { language name } }");
		read.path("node.slug").entity(String.class).isEqualTo("yerlan-koshanov");
		read.path("node.country").entity(String.class).isEqualTo("KZ");
		read.path("node.names[*].name").entityList(String.class).containsExactly("Ерлан Қошанов");
		assertThat(this.editing.found("SPEAKER", "koshanov")).containsExactly(id);
		assertThat(this.editing.found("SPEAKER", "Қошанов")).containsExactly(id);
	}

	static Stream<Arguments> badSpeakers() {
		return Stream.of(
				arguments(named("blank name", with(KOSHANOV, "name", "")), Problem.of("REQUIRED", "input", "name")),
				arguments(named("slug of another", with(KOSHANOV, "slug", "sahiba-gafarova")),
						Problem.of("TAKEN", "input", "slug")),
				arguments(
						named("two names in one language",
								with(KOSHANOV, "names",
										List.of(Map.of("language", "kk", "name", "A"),
												Map.of("language", "kk", "name", "B")))),
						Problem.of("INVALID", "input", "names", "1", "language")));
	}

	@ParameterizedTest
	@MethodSource("badSpeakers")
	void aBadSpeakerIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> input, Problem problem) {
		long rows = this.editing.count("speaker", "speaker_name", "search_document");

		assertThat(this.editing.create("Speaker", input, SPEAKER_FIELDS).problems()).containsExactly(problem);

		assertThat(this.editing.count("speaker", "speaker_name", "search_document")).isEqualTo(rows);
	}

	@Test
	void aRenamedSpeakerIsFoundByTheNewNamesOnly() {
		var created = this.editing.create("Speaker", with(KOSHANOV, "slug", "maulen-ashimbayev"), SPEAKER_FIELDS)
			.written();

		this.editing
			.update("Speaker", Map.of("id", created.id(), "version", created.version(), "name", "Maulen Ashimbayev",
					"names", List.of()), SPEAKER_FIELDS)
			.written()
			.path("names")
			.entityList(Object.class)
			.hasSize(0);

		assertThat(this.editing.found("SPEAKER", "ashimbayev")).containsExactly(created.id());
		assertThat(this.editing.found("SPEAKER", "Қошанов")).doesNotContain(created.id());
	}

	@Test
	void aCreatedTermIsReadableAndIsTheSpeakersRoleOnItsDays() {
		String speaker = this.editing.id("Speaker", "mustafa-sentop");
		var term = this.editing.create("SpeakerTerm", term(speaker, "turkpa"), TERM_FIELDS).written();

		term.path("speaker.slug").entity(String.class).isEqualTo("mustafa-sentop");
		term.path("parliament.slug").entity(String.class).isEqualTo("turkpa");
		this.editing.read(speaker, "... on Speaker { term(asOf: \"2024-06-01\") { id title } }")
			.path("node.term.id")
			.entity(String.class)
			.isEqualTo(term.id())
			.path("node.term.title")
			.entity(String.class)
			.isEqualTo("President of TURKPA");
	}

	static Stream<Arguments> badTerms() {
		return Stream.of(
				arguments(named("blank title", Map.of("title", " ")), Problem.of("REQUIRED", "input", "title")),
				arguments(named("end before start", Map.of("endDate", "2023-12-31")),
						Problem.of("INVALID", "input", "endDate")),
				arguments(named("unknown speaker", Map.of("speaker", "U3BlYWtlcjo5OTk5OTk")),
						Problem.of("NOT_FOUND", "input", "speaker")),
				arguments(named("a speaker for the parliament", Map.of("parliament", "U3BlYWtlcjox")),
						Problem.of("INVALID", "input", "parliament")));
	}

	@ParameterizedTest
	@MethodSource("badTerms")
	void aBadTermIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> change, Problem problem) {
		Map<String, Object> input = term(this.editing.id("Speaker", "mustafa-sentop"), "tbmm");
		String field = change.keySet().iterator().next();
		long rows = this.editing.count("speaker_term");

		assertThat(this.editing.create("SpeakerTerm", with(input, field, change.get(field)), TERM_FIELDS).problems())
			.containsExactly(problem);

		assertThat(this.editing.count("speaker_term")).isEqualTo(rows);
	}

	@Test
	void aTermsNewEndIsCheckedAgainstItsStoredStartAndNullReopensIt() {
		var term = this.editing
			.create("SpeakerTerm", term(this.editing.id("Speaker", "sahiba-gafarova"), "turkpa"), TERM_FIELDS)
			.written();

		assertThat(this.editing
			.update("SpeakerTerm", Map.of("id", term.id(), "version", term.version(), "endDate", "2020-01-01"),
					TERM_FIELDS)
			.problems()).containsExactly(Problem.of("INVALID", "input", "endDate"));
		var reopened = this.editing
			.update("SpeakerTerm", with(Map.of("id", term.id(), "version", term.version()), "endDate", null),
					TERM_FIELDS)
			.written();
		reopened.path("endDate").valueIsNull();
		reopened.path("startDate").entity(String.class).isEqualTo("2024-01-01");
	}

	private Map<String, Object> term(String speaker, String parliament) {
		return Map.of("speaker", speaker, "parliament", this.editing.id("Parliament", parliament), "title",
				"President of TURKPA", "startDate", "2024-01-01", "endDate", "2024-12-31");
	}

}
