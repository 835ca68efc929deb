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
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How events are read: the pages of {@code Query.events}, their organizers, and the
 * events parliaments organized.
 */
@Component
class EventQueries {

	private static final Relation<Event> ORGANIZED_BY = Relation.byColumn("Parliament.eventsOrganized", Event.class,
			"event", "organizer_id", Event::getId);

	private static final Function<@Nullable OrderBy, Ordering<Event>> ORDERS = Ordering
		.by(SortKey.nullableDate("START_DATE", "start_date", Event::getStartDate));

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	private final KeysetPages pages;

	EventQueries(ParliamentRepository parliaments, RelationLoader relations, KeysetPages pages,
			BatchLoaderRegistry registry) {
		this.parliaments = parliaments;
		this.relations = relations;
		this.pages = pages;
		relations.register(registry, ORGANIZED_BY);
	}

	Page<Event> find(EventFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Where where = Where.all()
			.equal("kind", filter.kind())
			.equal("country_code", filter.country())
			.equal("organizer_id", GlobalId.decodeIfPresent(filter.organizer(), "Parliament"))
			.matches("c.end_date >= ? or c.start_date >= ?", filter.from(), filter.from())
			.atMost("start_date", filter.to());
		return this.pages.find(Event.class, "event", where, ORDERS.apply(orderBy), page, selected);
	}

	Map<Event, Parliament> organizers(List<Event> events) {
		return ToOne.resolve(events, Event::getOrganizerId, this.parliaments::findAllById, Parliament::getId);
	}

	CompletableFuture<Page<Event>> organizedBy(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, ORGANIZED_BY, parliament.getId(), page);
	}

}
