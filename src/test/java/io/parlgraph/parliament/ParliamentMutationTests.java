package io.parlgraph.parliament;

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

/** {@code createParliament} and {@code updateParliament}. */
@WriteTest
class ParliamentMutationTests {

	private static final String FIELDS = "id slug kind country website version names { language name shortName }";

	private static final Map<String, Object> MAZHILIS = Map.of("slug", "mazhilis", "kind", "NATIONAL_PARLIAMENT",
			"country", "KZ", "website", "https://parlam.kz", "names", List.of(
					Map.of("language", "en", "name", "Mazhilis of the Parliament of Kazakhstan", "shortName",
							"Mazhilis"),
					Map.of("language", "kk", "name", "Қазақстан Республикасы Парламентінің Мәжілісі")));

	@Autowired
	private Editing editing;

	@Test
	void aCreatedParliamentIsReadableAndFoundBySearchAtOnce() {
		String id = this.editing.create("Parliament", MAZHILIS, FIELDS).written().id();

		var read = this.editing.read(id,
				"... on Parliament { slug kind country website version name kk: name(language: \"kk\") }");
		read.path("node.slug").entity(String.class).isEqualTo("mazhilis");
		read.path("node.country").entity(String.class).isEqualTo("KZ");
		read.path("node.website").entity(String.class).isEqualTo("https://parlam.kz");
		read.path("node.version").entity(Integer.class).isEqualTo(0);
		read.path("node.name").entity(String.class).isEqualTo("Mazhilis of the Parliament of Kazakhstan");
		read.path("node.kk").entity(String.class).isEqualTo("Қазақстан Республикасы Парламентінің Мәжілісі");
		assertThat(this.editing.found("PARLIAMENT", "mazhilis kazakhstan")).containsExactly(id);
	}

	static Stream<Arguments> badInputs() {
		Map<String, Object> en = Map.of("language", "en", "name", "Senate");
		return Stream.of(
				arguments(named("blank slug", with(MAZHILIS, "slug", " ")), Problem.of("REQUIRED", "input", "slug")),
				arguments(named("malformed slug", with(MAZHILIS, "slug", "Senate KZ")),
						Problem.of("INVALID", "input", "slug")),
				arguments(named("slug of another", with(MAZHILIS, "slug", "milli-majlis")),
						Problem.of("TAKEN", "input", "slug")),
				arguments(named("no names", with(MAZHILIS, "names", List.of())),
						Problem.of("REQUIRED", "input", "names")),
				arguments(
						named("blank name", with(MAZHILIS, "names", List.of(en, Map.of("language", "kk", "name", "")))),
						Problem.of("REQUIRED", "input", "names", "1", "name")),
				arguments(named("two names in one language", with(MAZHILIS, "names", List.of(en, en))),
						Problem.of("INVALID", "input", "names", "1", "language")));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> input, Problem problem) {
		long rows = this.editing.count("parliament", "parliament_name", "search_document");

		assertThat(this.editing.create("Parliament", input, FIELDS).problems()).containsExactly(problem);

		assertThat(this.editing.count("parliament", "parliament_name", "search_document")).isEqualTo(rows);
	}

	@Test
	void anUpdateReplacesAllNamesAndSearchFindsOnlyTheNewOnes() {
		var created = this.editing.create("Parliament", with(MAZHILIS, "slug", "senate-kz"), FIELDS).written();

		var updated = this.editing.update("Parliament", Map.of("id", created.id(), "version", created.version(),
				"names", List.of(Map.of("language", "en", "name", "Senate of Kazakhstan"))), FIELDS)
			.written();

		updated.path("names[*].name").entityList(String.class).containsExactly("Senate of Kazakhstan");
		updated.path("slug").entity(String.class).isEqualTo("senate-kz");
		assertThat(this.editing.found("PARLIAMENT", "senate kazakhstan")).containsExactly(created.id());
		assertThat(this.editing.found("PARLIAMENT", "Мәжілісі")).doesNotContain(created.id());
	}

	@Test
	void anUpdateIsCheckedAsACreateIsAndReportsEveryProblem() {
		var created = this.editing
			.create("Parliament",
					with(with(MAZHILIS, "slug", "kurultai"), "names",
							List.of(Map.of("language", "ky", "name", "Jogorku Kenesh"))),
					FIELDS)
			.written();
		var update = with(Map.of("id", created.id(), "version", created.version(), "slug", "tbmm", "names", List.of()),
				"kind", null);

		assertThat(this.editing.update("Parliament", update, FIELDS).problems()).containsExactlyInAnyOrder(
				Problem.of("TAKEN", "input", "slug"), Problem.of("REQUIRED", "input", "kind"),
				Problem.of("REQUIRED", "input", "names"));
		this.editing.read(created.id(), "... on Parliament { slug version }")
			.path("node.slug")
			.entity(String.class)
			.isEqualTo("kurultai")
			.path("node.version")
			.entity(Integer.class)
			.isEqualTo(0);
	}

}
