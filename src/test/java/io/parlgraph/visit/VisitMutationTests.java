package io.parlgraph.visit;

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

/** {@code createVisit} and {@code updateVisit}. */
@WriteTest
class VisitMutationTests {

	private static final String FIELDS = "id slug kind city country startDate endDate version visitor { slug }"
			+ " visitorParliament { slug } hostParliament { slug } occasion { slug }";

	@Autowired
	private Editing editing;

	@Test
	void aCreatedVisitIsReadableWithEveryoneItRefersTo() {
		String id = this.editing.create("Visit", visit("sentop-baku-2023-06"), FIELDS).written().id();

		var read = this.editing.read(id, "... on Visit { kind city visitor { slug } visitorParliament { slug }"
				+ " hostParliament { slug } occasion { slug } visitorTerm { title } }");
		read.path("node.kind").entity(String.class).isEqualTo("OFFICIAL");
		read.path("node.city").entity(String.class).isEqualTo("Baku");
		read.path("node.visitor.slug").entity(String.class).isEqualTo("mustafa-sentop");
		read.path("node.visitorParliament.slug").entity(String.class).isEqualTo("tbmm");
		read.path("node.hostParliament.slug").entity(String.class).isEqualTo("milli-majlis");
		read.path("node.occasion.slug").entity(String.class).isEqualTo("turkpa-xii-plenary-session");
		read.path("node.visitorTerm").hasValue();
	}

	static Stream<Arguments> badVisits() {
		return Stream.of(arguments(named("blank city", Map.of("city", " ")), Problem.of("REQUIRED", "input", "city")),
				arguments(named("slug of another", Map.of("slug", "gafarova-ankara-2023-04")),
						Problem.of("TAKEN", "input", "slug")),
				arguments(named("end before start", Map.of("endDate", "2023-05-31")),
						Problem.of("INVALID", "input", "endDate")),
				arguments(named("to the visitor's own parliament", Map.of("hostParliament", "tbmm")),
						Problem.of("INVALID", "input", "hostParliament")),
				arguments(named("a parliament for the visitor", Map.of("visitor", "tbmm")),
						Problem.of("INVALID", "input", "visitor")),
				arguments(named("unknown occasion", Map.of("occasion", GlobalId.encode("Event", 999_999))),
						Problem.of("NOT_FOUND", "input", "occasion")));
	}

	@ParameterizedTest
	@MethodSource("badVisits")
	void aBadVisitIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, String> change, Problem problem) {
		String field = change.keySet().iterator().next();
		String value = change.get(field);
		if (field.equals("hostParliament") || field.equals("visitor")) {
			value = this.editing.id("Parliament", value);
		}
		long rows = this.editing.count("visit");

		assertThat(this.editing.create("Visit", with(visit("bad-visit"), field, value), FIELDS).problems())
			.containsExactly(problem);

		assertThat(this.editing.count("visit")).isEqualTo(rows);
	}

	@Test
	void anUpdateMayChangeTheHostAndClearTheOccasion() {
		var created = this.editing.create("Visit", visit("sentop-ankara-2023-09"), FIELDS).written();

		var updated = this.editing.update("Visit", with(Map.of("id", created.id(), "version", created.version(),
				"hostParliament", this.editing.id("Parliament", "turkpa")), "occasion", null), FIELDS)
			.written();

		updated.path("hostParliament.slug").entity(String.class).isEqualTo("turkpa");
		updated.path("occasion").valueIsNull();
		updated.path("visitor.slug").entity(String.class).isEqualTo("mustafa-sentop");
	}

	private Map<String, Object> visit(String slug) {
		return Map.of("slug", slug, "kind", "OFFICIAL", "visitor", this.editing.id("Speaker", "mustafa-sentop"),
				"visitorParliament", this.editing.id("Parliament", "tbmm"), "hostParliament",
				this.editing.id("Parliament", "milli-majlis"), "city", "Baku", "country", "AZ", "startDate",
				"2023-06-01", "endDate", "2023-06-02", "occasion",
				this.editing.id("Event", "turkpa-xii-plenary-session"));
	}

}
