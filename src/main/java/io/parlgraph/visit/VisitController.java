package io.parlgraph.visit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.event.Event;
import io.parlgraph.event.EventRepository;
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
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
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

/** GraphQL handlers for the {@code Visit} type, and the visit lists of speakers, parliaments and events. */
@Controller
class VisitController {

	private static final Relation<Visit> BY_SPEAKER = Relation.byColumn("Speaker.visits", Visit.class, "visit",
			"visitor_id", Visit::getId);

	private static final Relation<Visit> MADE_BY = Relation.byColumn("Parliament.visitsMade", Visit.class, "visit",
			"visitor_parliament_id", Visit::getId);

	private static final Relation<Visit> HOSTED_BY = Relation.byColumn("Parliament.visitsHosted", Visit.class,
			"visit", "host_parliament_id", Visit::getId);

	private static final Relation<Visit> FOR_EVENT = Relation.byColumn("Event.visits", Visit.class, "visit",
			"occasion_id", Visit::getId);

	private static final Function<@Nullable OrderBy, Ordering<Visit>> ORDERS = Ordering
		.by(SortKey.date("START_DATE", "start_date", Visit::getStartDate));

	private final SpeakerRepository speakers;

	private final ParliamentRepository parliaments;

	private final EventRepository events;

	private final RelationLoader relations;

	private final KeysetPages pages;

	private final VisitWrites visitWrites;

	private final Writes writes;

	VisitController(SpeakerRepository speakers, ParliamentRepository parliaments, EventRepository events,
			RelationLoader relations, KeysetPages pages, BatchLoaderRegistry registry, VisitWrites visitWrites,
			Writes writes) {
		this.speakers = speakers;
		this.parliaments = parliaments;
		this.events = events;
		this.relations = relations;
		this.pages = pages;
		this.visitWrites = visitWrites;
		this.writes = writes;
		for (Relation<Visit> relation : List.of(BY_SPEAKER, MADE_BY, HOSTED_BY, FOR_EVENT)) {
			relations.register(registry, relation);
		}
	}

	@QueryMapping
	Page<Visit> visits(@Argument @Nullable VisitFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		VisitFilter f = (filter != null) ? filter : VisitFilter.NONE;
		Long parliament = GlobalId.decodeIfPresent(f.parliament(), "Parliament");
		Where where = Where.all()
			.equal("visitor_id", GlobalId.decodeIfPresent(f.speaker(), "Speaker"))
			.matches("c.visitor_parliament_id = ? or c.host_parliament_id = ?", parliament, parliament)
			.equal("occasion_id", GlobalId.decodeIfPresent(f.occasion(), "Event"))
			.equal("kind", f.kind())
			.equal("country_code", f.country())
			.atLeast("start_date", f.from())
			.atMost("start_date", f.to());
		return this.pages.find(Visit.class, "visit", where, ORDERS.apply(orderBy), page);
	}

	@BatchMapping
	Map<Visit, Speaker> visitor(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getVisitorId, this.speakers::findAllById, Speaker::getId);
	}

	@SchemaMapping
	CompletableFuture<SpeakerTerm> visitorTerm(Visit visit, DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, visit.getVisitorId(), visit.getStartDate());
	}

	@BatchMapping
	Map<Visit, Parliament> visitorParliament(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getVisitorParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	@BatchMapping
	Map<Visit, Parliament> hostParliament(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getHostParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	@BatchMapping
	Map<Visit, Event> occasion(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getOccasionId, this.events::findAllById, Event::getId);
	}

	@SchemaMapping(typeName = "Speaker", field = "visits")
	CompletableFuture<Page<Visit>> visitsOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, BY_SPEAKER, speaker.getId(), page);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Visit>> visitsMade(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MADE_BY, parliament.getId(), page);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<Visit>> visitsHosted(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, HOSTED_BY, parliament.getId(), page);
	}

	@SchemaMapping(typeName = "Event", field = "visits")
	CompletableFuture<Page<Visit>> visitsForEvent(Event event, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, FOR_EVENT, event.getId(), page);
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
