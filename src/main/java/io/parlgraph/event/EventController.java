package io.parlgraph.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Event} type. */
@Controller
class EventController {

	private final EventQueries queries;

	private final EventWrites eventWrites;

	private final MutationTransaction writes;

	EventController(EventQueries queries, EventWrites eventWrites, MutationTransaction writes) {
		this.queries = queries;
		this.eventWrites = eventWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Event> events(@Argument @Nullable EventFilter filter, @Argument @Nullable OrderBy orderBy, Paging page,
			DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : EventFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@BatchMapping
	Map<Event, Parliament> organizer(List<Event> events) {
		return this.queries.organizers(events);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Event>> eventsOrganized(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.organizedBy(parliament, page, env);
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
