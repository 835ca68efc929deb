package io.parlgraph.event;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;
import java.util.Optional;

import io.parlgraph.parliament.Parliament;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates events, in the caller's transaction, searchable at once. */
@Component
public class EventWrites {

	private final EventRepository events;

	private final EntityManager entityManager;

	private final SearchIndex searchIndex;

	EventWrites(EventRepository events, EntityManager entityManager, SearchIndex searchIndex) {
		this.events = events;
		this.entityManager = entityManager;
		this.searchIndex = searchIndex;
	}

	/** The stored event with the input's slug, or else a new one; null (with errors) if the input is bad. */
	public @Nullable Event findOrCreate(EventInput input, UserErrors errors, String... at) {
		Optional<Event> stored = this.events.findBySlug(input.slug());
		return stored.isPresent() ? stored.get() : create(input, errors, at);
	}

	/** A new event; null (with errors) if the input is bad or the slug is taken. */
	public @Nullable Event create(EventInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		if (slug != null && this.events.findBySlug(slug).isPresent()) {
			errors.add(Code.TAKEN, "Another event has the slug '" + slug + "'", path(at, "slug"));
		}
		String name = errors.required(input.name(), path(at, "name"));
		if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(Code.INVALID, "Ends before it starts", path(at, "endDate"));
		}
		Long organizer = errors.id(input.organizer(), "Parliament", path(at, "organizer"));
		if (organizer != null && this.entityManager.find(Parliament.class, organizer) == null) {
			errors.add(Code.NOT_FOUND, "No parliament with this ID", path(at, "organizer"));
		}
		if (errors.count() > errorsBefore) {
			return null;
		}
		Event event = this.events.save(new Event(slug, input.kind(), name, input.description(), input.startDate(),
				input.endDate(), input.city(), input.country(), organizer));
		this.searchIndex.index(SearchableType.EVENT, List.of(event.getId()));
		return event;
	}

}
