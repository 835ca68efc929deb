package io.parlgraph.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.SortKey;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Event} type. */
@Controller
class EventController {

	private static final Relation<Event> ORGANIZED_BY = Relation.byColumn("Parliament.eventsOrganized", Event.class,
			"event", "organizer_id", Event::getId);

	private static final Function<@Nullable OrderBy, Ordering<Event>> ORDERS = Ordering
		.by(SortKey.nullableDate("START_DATE", "start_date", Event::getStartDate));

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	private final KeysetPages pages;

	private final EventWrites eventWrites;

	private final Writes writes;

	EventController(ParliamentRepository parliaments, RelationLoader relations, KeysetPages pages,
			BatchLoaderRegistry registry, EventWrites eventWrites, Writes writes) {
		this.parliaments = parliaments;
		this.relations = relations;
		this.pages = pages;
		this.eventWrites = eventWrites;
		this.writes = writes;
		relations.register(registry, ORGANIZED_BY);
	}

	@QueryMapping
	Page<Event> events(@Argument @Nullable EventFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		EventFilter f = (filter != null) ? filter : EventFilter.NONE;
		Where where = Where.all()
			.equal("kind", f.kind())
			.equal("country_code", f.country())
			.equal("organizer_id", GlobalId.decodeIfPresent(f.organizer(), "Parliament"))
			.matches("c.end_date >= ? or c.start_date >= ?", f.from(), f.from())
			.atMost("start_date", f.to());
		return this.pages.find(Event.class, "event", where, ORDERS.apply(orderBy), page);
	}

	@BatchMapping
	Map<Event, Parliament> organizer(List<Event> events) {
		return ToOne.resolve(events, Event::getOrganizerId, this.parliaments::findAllById, Parliament::getId);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Event>> eventsOrganized(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, ORGANIZED_BY, parliament.getId(), page);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Event> createEvent(@Argument EventInput input) {
		return this.writes.run(errors -> this.eventWrites.create(input, errors, "input"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Event> updateEvent(@Argument UpdateEventInput input) {
		return this.writes.run(errors -> this.eventWrites.update(input, errors));
	}

}
