package io.parlgraph.protocol;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.parlgraph.graphql.GlobalId;
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

/** {@code createProtocol} and {@code updateProtocol}. */
@WriteTest
class ProtocolMutationTests {

	private static final String FIELDS = "id slug kind title signedOn city country version visit { slug }"
			+ " parties { country parliament { slug } signatory { slug } signatoryName signatoryTitle }";

	@Autowired
	private Editing editing;

	@Test
	void aCreatedDocumentIsReadableWithItsPartiesAndFoundBySearchAtOnce() {
		String id = this.editing.create("Protocol", memorandum("baku-memorandum-2023"), FIELDS).written().id();

		var read = this.editing.read(id, "... on Protocol { kind title visit { slug } parties { country"
				+ " parliament { slug } signatory { slug } signatoryName signatoryTerm { title } } }");
		read.path("node.kind").entity(String.class).isEqualTo("MEMORANDUM");
		read.path("node.visit.slug").entity(String.class).isEqualTo("gafarova-ankara-2023-04");
		read.path("node.parties[*].country").entityList(String.class).containsExactly("TR", "AZ");
		read.path("node.parties[0].parliament.slug").entity(String.class).isEqualTo("tbmm");
		read.path("node.parties[0].signatory.slug").entity(String.class).isEqualTo("mustafa-sentop");
		read.path("node.parties[1].parliament").valueIsNull();
		read.path("node.parties[1].signatoryName").entity(String.class).isEqualTo("Ilham Aliyev");
		assertThat(this.editing.found("PROTOCOL", "memorandum aliyev")).containsExactly(id);
	}

	static Stream<Arguments> badDocuments() {
		return Stream.of(arguments(named("blank title", Map.of("title", "")), Problem.of("REQUIRED", "input", "title")),
				arguments(named("slug of another", Map.of("slug", "shusha-declaration")),
						Problem.of("TAKEN", "input", "slug")),
				arguments(named("unknown visit", Map.of("visit", GlobalId.encode("Visit", 999_999))),
						Problem.of("NOT_FOUND", "input", "visit")),
				arguments(named("no parties", Map.of("parties", List.of())), Problem.of("INVALID", "input", "parties")),
				arguments(
						named("a party's blank signatory name",
								Map.of("parties",
										List.of(Map.of("country", "TR", "signatoryName", "X"),
												Map.of("country", "AZ", "signatoryName", " ")))),
						Problem.of("REQUIRED", "input", "parties", "1", "signatoryName")),
				arguments(
						named("a party's unknown signatory",
								Map.of("parties",
										List.of(Map.of("country", "TR", "signatory",
												GlobalId.encode("Speaker", 999_999), "signatoryName", "X")))),
						Problem.of("NOT_FOUND", "input", "parties", "0", "signatory")));
	}

	@ParameterizedTest
	@MethodSource("badDocuments")
	void aBadDocumentIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> change, Problem problem) {
		String field = change.keySet().iterator().next();
		long rows = this.editing.count("protocol", "protocol_party", "search_document");

		assertThat(this.editing.create("Protocol", with(memorandum("bad-document"), field, change.get(field)), FIELDS)
			.problems()).containsExactly(problem);

		assertThat(this.editing.count("protocol", "protocol_party", "search_document")).isEqualTo(rows);
	}

	@Test
	void anUpdateReplacesThePartiesAndSearchFindsTheNewSignatories() {
		var created = this.editing.create("Protocol", memorandum("ankara-memorandum-2023"), FIELDS).written();

		var updated = this.editing
			.update("Protocol",
					Map.of("id", created.id(), "version", created.version(), "parties", List
						.of(Map.of("country", "KZ", "signatoryName", "Yerlan Koshanov", "signatoryTitle", "Chairman"))),
					FIELDS)
			.written();

		updated.path("parties[*].signatoryName").entityList(String.class).containsExactly("Yerlan Koshanov");
		updated.path("title").entity(String.class).isEqualTo("Memorandum of Understanding");
		assertThat(this.editing.found("PROTOCOL", "memorandum koshanov")).containsExactly(created.id());
		assertThat(this.editing.found("PROTOCOL", "memorandum aliyev")).doesNotContain(created.id());
	}

	private Map<String, Object> memorandum(String slug) {
		return Map.of("slug", slug, "kind", "MEMORANDUM", "title", "Memorandum of Understanding", "signedOn",
				"2023-04-27", "city", "Ankara", "country", "TR", "visit",
				this.editing.id("Visit", "gafarova-ankara-2023-04"), "parties",
				List.of(Map.of("country", "TR", "parliament", this.editing.id("Parliament", "tbmm"), "signatory",
						this.editing.id("Speaker", "mustafa-sentop"), "signatoryName", "Mustafa Şentop",
						"signatoryTitle", "Speaker"),
						Map.of("country", "AZ", "signatoryName", "Ilham Aliyev", "signatoryTitle", "President")));
	}

}
