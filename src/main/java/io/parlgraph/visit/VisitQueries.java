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
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How visits and meetings are read: the pages of {@code Query.visits}, who and what a
 * visit or meeting refers to, and the visit and meeting lists of speakers, parliaments
 * and events, batched.
 */
@Component
class VisitQueries {

	private static final Relation<Visit> BY_SPEAKER = Relation.byColumn("Speaker.visits", Visit.class, "visit",
			"visitor_id", Visit::getId);

	private static final Relation<Visit> MADE_BY = Relation.byColumn("Parliament.visitsMade", Visit.class, "visit",
			"visitor_parliament_id", Visit::getId);

	private static final Relation<Visit> HOSTED_BY = Relation.byColumn("Parliament.visitsHosted", Visit.class, "visit",
			"host_parliament_id", Visit::getId);

	private static final Relation<Visit> FOR_EVENT = Relation.byColumn("Event.visits", Visit.class, "visit",
			"occasion_id", Visit::getId);

	private static final Relation<Meeting> DURING = Relation.byColumn("Visit.meetings", Meeting.class, "meeting",
			"visit_id", Meeting::getId);

	private static final Relation<Meeting> ATTENDED_BY = Relation.byLink("Speaker.meetings", Meeting.class, "meeting",
			"meeting_participant", "speaker_id", "meeting_id", Meeting::getId);

	private static final Relation<Speaker> PARTICIPANTS = Relation.byLink("Meeting.participants", Speaker.class,
			"speaker", "meeting_participant", "meeting_id", "speaker_id", Speaker::getId);

	private static final Function<@Nullable OrderBy, Ordering<Visit>> ORDERS = Ordering
		.by(SortKey.date("START_DATE", "start_date", Visit::getStartDate));

	private final VisitRepository visits;

	private final SpeakerRepository speakers;

	private final ParliamentRepository parliaments;

	private final EventRepository events;

	private final RelationLoader relations;

	private final KeysetPages pages;

	VisitQueries(VisitRepository visits, SpeakerRepository speakers, ParliamentRepository parliaments,
			EventRepository events, RelationLoader relations, KeysetPages pages, BatchLoaderRegistry registry) {
		this.visits = visits;
		this.speakers = speakers;
		this.parliaments = parliaments;
		this.events = events;
		this.relations = relations;
		this.pages = pages;
		for (Relation<?> relation : List.of(BY_SPEAKER, MADE_BY, HOSTED_BY, FOR_EVENT, DURING, ATTENDED_BY,
				PARTICIPANTS)) {
			relations.register(registry, relation);
		}
	}

	Page<Visit> find(VisitFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Long parliament = GlobalId.decodeIfPresent(filter.parliament(), "Parliament");
		Where where = Where.all()
			.equal("visitor_id", GlobalId.decodeIfPresent(filter.speaker(), "Speaker"))
			.matches("c.visitor_parliament_id = ? or c.host_parliament_id = ?", parliament, parliament)
			.equal("occasion_id", GlobalId.decodeIfPresent(filter.occasion(), "Event"))
			.equal("kind", filter.kind())
			.equal("country_code", filter.country())
			.atLeast("start_date", filter.from())
			.atMost("start_date", filter.to());
		return this.pages.find(Visit.class, "visit", where, ORDERS.apply(orderBy), page, selected);
	}

	Map<Visit, Speaker> visitors(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getVisitorId, this.speakers::findAllById, Speaker::getId);
	}

	Map<Visit, Parliament> visitorParliaments(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getVisitorParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	Map<Visit, Parliament> hostParliaments(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getHostParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	Map<Visit, Event> occasions(List<Visit> visits) {
		return ToOne.resolve(visits, Visit::getOccasionId, this.events::findAllById, Event::getId);
	}

	Map<Meeting, Visit> visitsOf(List<Meeting> meetings) {
		return ToOne.resolve(meetings, Meeting::getVisitId, this.visits::findAllById, Visit::getId);
	}

	CompletableFuture<Page<Visit>> visitsBy(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, BY_SPEAKER, speaker.getId(), page);
	}

	CompletableFuture<Page<Visit>> visitsMade(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MADE_BY, parliament.getId(), page);
	}

	CompletableFuture<Page<Visit>> visitsHosted(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, HOSTED_BY, parliament.getId(), page);
	}

	CompletableFuture<Page<Visit>> visitsFor(Event event, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, FOR_EVENT, event.getId(), page);
	}

	CompletableFuture<Page<Meeting>> meetingsDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DURING, visit.getId(), page);
	}

	CompletableFuture<Page<Meeting>> meetingsAttendedBy(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, ATTENDED_BY, speaker.getId(), page);
	}

	CompletableFuture<Page<Speaker>> participants(Meeting meeting, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PARTICIPANTS, meeting.getId(), page);
	}

}
