package io.parlgraph.event;

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

/** {@code createEvent} and {@code updateEvent}. */
@WriteTest
class EventMutationTests {

	private static final String FIELDS = "id slug kind name description startDate endDate city country version organizer { slug }";

	@Autowired
	private Editing editing;

	@Test
	void aCreatedEventIsReadableAndFoundBySearchAtOnce() {
		String id = this.editing.create("Event", summit("turkpa-xiii-plenary-session"), FIELDS).written().id();

		var read = this.editing.read(id, "... on Event { slug kind city startDate organizer { slug } }");
		read.path("node.kind").entity(String.class).isEqualTo("SESSION");
		read.path("node.city").entity(String.class).isEqualTo("Astana");
		read.path("node.startDate").entity(String.class).isEqualTo("2024-09-19");
		read.path("node.organizer.slug").entity(String.class).isEqualTo("turkpa");
		assertThat(this.editing.found("EVENT", "xiii plenary astana")).containsExactly(id);
	}

	static Stream<Arguments> badEvents() {
		return Stream.of(arguments(named("blank name", Map.of("name", "")), Problem.of("REQUIRED", "input", "name")),
				arguments(named("slug of another", Map.of("slug", "44-day-war")), Problem.of("TAKEN", "input", "slug")),
				arguments(named("end before start", Map.of("endDate", "2024-09-18")),
						Problem.of("INVALID", "input", "endDate")),
				arguments(named("unknown organizer", Map.of("organizer", GlobalId.encode("Parliament", 999_999))),
						Problem.of("NOT_FOUND", "input", "organizer")),
				arguments(named("an event for the organizer", Map.of("organizer", GlobalId.encode("Event", 1))),
						Problem.of("INVALID", "input", "organizer")));
	}

	@ParameterizedTest
	@MethodSource("badEvents")
	void aBadEventIsRefusedWithAUserErrorAndNothingIsWritten(Map<String, Object> change, Problem problem) {
		String field = change.keySet().iterator().next();
		long rows = this.editing.count("event", "search_document");

		assertThat(this.editing.create("Event", with(summit("bad-event"), field, change.get(field)), FIELDS).problems())
			.containsExactly(problem);

		assertThat(this.editing.count("event", "search_document")).isEqualTo(rows);
	}

	@Test
	void nullClearsAnOptionalFieldOfAnEventAndSearchSeesTheChange() {
		var created = this.editing.create("Event", summit("turkpa-xiv-plenary-session"), FIELDS).written();

		var updated = this.editing
			.update("Event",
					with(Map.of("id", created.id(), "version", created.version(), "city", "Bishkek"), "organizer",
							null),
					FIELDS)
			.written();

		updated.path("organizer").valueIsNull();
		updated.path("city").entity(String.class).isEqualTo("Bishkek");
		assertThat(this.editing.found("EVENT", "plenary bishkek")).containsExactly(created.id());
	}

	private Map<String, Object> summit(String slug) {
		return Map.of("slug", slug, "kind", "SESSION", "name", "XIII Plenary Session of TURKPA", "startDate",
				"2024-09-19", "endDate", "2024-09-20", "city", "Astana", "country", "KZ", "organizer",
				this.editing.id("Parliament", "turkpa"));
	}

}
