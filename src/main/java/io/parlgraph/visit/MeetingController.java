package io.parlgraph.visit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.speaker.Speaker;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Meeting} type and the meeting lists of visits and speakers. */
@Controller
class MeetingController {

	private static final Relation<Meeting> DURING = Relation.byColumn("Visit.meetings", Meeting.class, "meeting",
			"visit_id", Meeting::getId);

	private static final Relation<Meeting> ATTENDED_BY = Relation.byLink("Speaker.meetings", Meeting.class,
			"meeting", "meeting_participant", "speaker_id", "meeting_id", Meeting::getId);

	private static final Relation<Speaker> PARTICIPANTS = Relation.byLink("Meeting.participants", Speaker.class,
			"speaker", "meeting_participant", "meeting_id", "speaker_id", Speaker::getId);

	private final VisitRepository visits;

	private final RelationLoader relations;

	MeetingController(VisitRepository visits, RelationLoader relations, BatchLoaderRegistry registry) {
		this.visits = visits;
		this.relations = relations;
		relations.register(registry, DURING);
		relations.register(registry, ATTENDED_BY);
		relations.register(registry, PARTICIPANTS);
	}

	@BatchMapping
	Map<Meeting, Visit> visit(List<Meeting> meetings) {
		return ToOne.resolve(meetings, Meeting::getVisitId, this.visits::findAllById, Visit::getId);
	}

	@SchemaMapping
	CompletableFuture<Page<Speaker>> participants(Meeting meeting, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PARTICIPANTS, meeting.getId(), page);
	}

	@SchemaMapping(typeName = "Visit")
	CompletableFuture<Page<Meeting>> meetings(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DURING, visit.getId(), page);
	}

	@SchemaMapping(typeName = "Speaker", field = "meetings")
	CompletableFuture<Page<Meeting>> meetingsOfSpeaker(Speaker speaker, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, ATTENDED_BY, speaker.getId(), page);
	}

}
