package io.parlgraph.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.write.Editing.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What every fact's create and update mutations share: editors only, and updates that
 * name the version they read, change only what they give, and bump the version. Each row
 * updates a seeded fact, in a field no other test reads.
 */
@WriteTest
class FactMutationTests {

	@Autowired
	private Editing editing;

	/** A fact type, a seeded fact of it, and a field an update changes. */
	record Fact(String type, String slug, String fields, String field, String value, Map<String, Object> createInput) {

		String table() {
			return SourceTables.factTable(this.type);
		}

	}

	static Stream<Fact> facts() {
		return Stream.of(
				new Fact("Parliament", "turkpa", "slug kind country website names { name }", "website",
						"https://example.org/turkpa",
						Map.of("slug", "p", "kind", "NATIONAL_PARLIAMENT", "names",
								List.of(Map.of("language", "en", "name", "P")))),
				new Fact("Speaker", "numan-kurtulmus", "slug name country names { name }", "name", "N. Kurtulmuş",
						Map.of("slug", "s", "name", "S", "country", "TR")),
				new Fact("SpeakerTerm", "numan-kurtulmus-tbmm-2023", "title startDate endDate speaker { slug }",
						"title", "Speaker of the Grand National Assembly",
						Map.of("speaker", "x", "parliament", "x", "title", "T", "startDate", "2020-01-01")),
				new Fact("Event", "weightlifting-flag-burning-2023", "slug kind name description startDate city",
						"description", "A flag was burnt.", Map.of("slug", "e", "kind", "INCIDENT", "name", "E")),
				new Fact("Visit", "gafarova-ankara-2023-04",
						"slug kind city country startDate endDate occasion { slug }", "city", "Ankara (Çankaya)",
						Map.of("slug", "v", "kind", "OFFICIAL", "visitor", "x", "visitorParliament", "x",
								"hostParliament", "x", "city", "C", "country", "TR", "startDate", "2023-01-01")),
				new Fact("Protocol", "shusha-declaration", "slug kind title signedOn city parties { signatoryName }",
						"city", "Şuşa",
						Map.of("slug", "d", "kind", "DECLARATION", "title", "D", "signedOn", "2021-06-15", "parties",
								List.of())),
				new Fact("Quote", "sentop-2023-04-27-tweet-en", "slug text language kind medium saidOn url", "url",
						"https://example.org/tweet",
						Map.of("slug", "q", "speaker", "x", "text", "Q", "language", "en", "kind", "DIRECT", "medium",
								"TWEET", "saidOn", "2023-04-27", "source",
								Map.of("article", "x", "startOffset", 0, "endOffset", 1))));
	}

	@ParameterizedTest
	@MethodSource("facts")
	void anUpdateChangesWhatItGivesKeepsTheRestAndBumpsTheVersion(Fact fact) {
		String id = this.editing.id(fact.type(), fact.slug());
		Map<String, Object> before = read(fact, id);

		Editing.Result updated = this.editing
			.update(fact.type(), Map.of("id", id, "version", before.get("version"), fact.field(), fact.value()),
					fact.fields() + " version")
			.written();

		Map<String, Object> expected = new HashMap<>(before);
		expected.put(fact.field(), fact.value());
		expected.put("version", ((Number) before.get("version")).intValue() + 1);
		assertThat(read(fact, id)).isEqualTo(expected);
		assertThat(updated.version()).isEqualTo(((Number) expected.get("version")).longValue());
	}

	@ParameterizedTest
	@MethodSource("facts")
	void anUpdateFromAStaleReadIsAConflictAndChangesNothing(Fact fact) {
		String id = this.editing.id(fact.type(), fact.slug());
		Object read = read(fact, id).get("version");
		this.editing.update(fact.type(), Map.of("id", id, "version", read, fact.field(), fact.value() + "/1"), "id")
			.written();
		Map<String, Object> current = read(fact, id);

		Editing.Result stale = this.editing.update(fact.type(),
				Map.of("id", id, "version", read, fact.field(), fact.value() + "/2"), "id");

		assertThat(stale.problems()).containsExactly(Problem.of("CONFLICT", "input", "version"));
		assertThat(read(fact, id)).isEqualTo(current);
	}

	@ParameterizedTest
	@MethodSource("facts")
	void aTextLongerThanItsColumnIsAUserErrorAndChangesNothing(Fact fact) {
		String id = this.editing.id(fact.type(), fact.slug());
		Map<String, Object> before = read(fact, id);

		assertThat(
				this.editing.update(fact.type(),
						Map.of("id", id, "version", before.get("version"), fact.field(),
								fact.value() + "x".repeat(10_000)),
						"id")
					.problems())
			.containsExactly(Problem.of("INVALID", "input", fact.field()));

		assertThat(read(fact, id)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("facts")
	void anUpdateMustNameAStoredFactOfItsType(Fact fact) {
		assertThat(this.editing.update(fact.type(), Map.of("id", GlobalId.encode("Article", 1), "version", 0), "id")
			.problems()).containsExactly(Problem.of("INVALID", "input", "id"));
		assertThat(this.editing
			.update(fact.type(), Map.of("id", GlobalId.encode(fact.type(), 999_999), "version", 0), "id")
			.problems()).containsExactly(Problem.of("NOT_FOUND", "input", "id"));
	}

	@ParameterizedTest
	@MethodSource("mutations")
	void anonymousCallersAreRefusedAndNothingIsWritten(String mutation, String inputType, Map<String, Object> input,
			String table) {
		long rows = this.editing.count(table);

		this.editing.assertRefusedAnonymously(mutation, inputType, input);

		assertThat(this.editing.count(table)).isEqualTo(rows);
	}

	static Stream<Arguments> mutations() {
		return facts().flatMap(fact -> Stream.of(
				arguments(named("create" + fact.type(), "create" + fact.type()), fact.type() + "Input",
						fact.createInput(), fact.table()),
				arguments(named("update" + fact.type(), "update" + fact.type()), "Update" + fact.type() + "Input",
						Map.of("id", GlobalId.encode(fact.type(), 1), "version", 0, fact.field(), fact.value()),
						fact.table())));
	}

	private Map<String, Object> read(Fact fact, String id) {
		return this.editing.read(id, "... on " + fact.type() + " { " + fact.fields() + " version }")
			.path("node")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
