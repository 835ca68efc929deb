package io.parlgraph.event;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.parliament.Parliament;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates and updates events, in the caller's transaction, searchable at once. */
@Component
public class EventWrites extends FactWrites<Event, EventInput> {

	private final EventRepository events;

	EventWrites(EventRepository events, StoredFacts facts, EntityManager entityManager, SearchIndex searchIndex) {
		super(Event.class, events, searchIndex.of(SearchableType.EVENT), Event::update, facts, entityManager);
		this.events = events;
	}

	/**
	 * The stored event with the input's slug, or else a new one; null (with errors) if
	 * the input is bad.
	 */
	public @Nullable Event findOrCreate(EventInput input, UserErrors errors, String... at) {
		return findOrCreate(() -> this.events.findBySlug(input.slug()), input, errors, at);
	}

	Event update(UpdateEventInput input, UserErrors errors) {
		Event stored = toUpdate(input.id(), input.version());
		EventInput merged = new EventInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.required(input.name(), stored.getName(), errors, "input", "name"),
				Patch.or(input.description(), stored.getDescription()),
				Patch.or(input.startDate(), stored.getStartDate()), Patch.or(input.endDate(), stored.getEndDate()),
				Patch.or(input.city(), stored.getCity()), Patch.or(input.country(), stored.getCountry()),
				Patch.reference(input.organizer(), "Parliament", stored.getOrganizerId()));
		return update(stored, merged, null, errors);
	}

	@Override
	public @Nullable Checked<Event> unsaved(EventInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		String name = errors.required(input.name(), 500, path(at, "name"));
		errors.atMost(4000, input.description(), path(at, "description"));
		errors.atMost(200, input.city(), path(at, "city"));
		errors.endNotBefore(input.startDate(), input.endDate(), path(at, "endDate"));
		Long organizer = errors.id(input.organizer(), "Parliament", path(at, "organizer"));
		if (errors.count() > errorsBefore || slug == null || name == null) {
			return null;
		}
		return Checked.withoutParts(new Event(slug, input.kind(), name, input.description(), input.startDate(),
				input.endDate(), input.city(), input.country(), organizer));
	}

	@Override
	protected void checkStored(EventInput input, @Nullable Event self, UserErrors errors, String... at) {
		this.facts.slugFree(Event.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Parliament.class, input.organizer(), errors, path(at, "organizer"));
	}

}
