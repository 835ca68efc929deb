package io.parlgraph.visit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.event.Event;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
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

/**
 * GraphQL handlers for the {@code Visit} type, and the visit lists of speakers,
 * parliaments and events.
 */
@Controller
class VisitController {

	private final VisitQueries queries;

	private final VisitWrites visitWrites;

	private final MutationTransaction writes;

	VisitController(VisitQueries queries, VisitWrites visitWrites, MutationTransaction writes) {
		this.queries = queries;
		this.visitWrites = visitWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Visit> visits(@Argument @Nullable VisitFilter filter, @Argument @Nullable OrderBy orderBy, Paging page,
			DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : VisitFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@BatchMapping
	Map<Visit, Speaker> visitor(List<Visit> visits) {
		return this.queries.visitors(visits);
	}

	@SchemaMapping
	CompletableFuture<SpeakerTerm> visitorTerm(Visit visit, DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, visit.getVisitorId(), visit.getStartDate());
	}

	@BatchMapping
	Map<Visit, Parliament> visitorParliament(List<Visit> visits) {
		return this.queries.visitorParliaments(visits);
	}

	@BatchMapping
	Map<Visit, Parliament> hostParliament(List<Visit> visits) {
		return this.queries.hostParliaments(visits);
	}

	@BatchMapping
	Map<Visit, Event> occasion(List<Visit> visits) {
		return this.queries.occasions(visits);
	}

	@SchemaMapping(typeName = "Speaker", field = "visits")
	CompletableFuture<Page<Visit>> visitsOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.queries.visitsBy(speaker, page, env);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Visit>> visitsMade(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.visitsMade(parliament, page, env);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Visit>> visitsHosted(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.visitsHosted(parliament, page, env);
	}

	@SchemaMapping(typeName = "Event", field = "visits")
	CompletableFuture<Page<Visit>> visitsForEvent(Event event, Paging page, DataFetchingEnvironment env) {
		return this.queries.visitsFor(event, page, env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Visit> createVisit(@Argument VisitInput input) {
		return this.writes.run(errors -> this.visitWrites.create(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Visit> updateVisit(@Argument UpdateVisitInput input) {
		return this.writes.run(errors -> this.visitWrites.update(input, errors));
	}

}
