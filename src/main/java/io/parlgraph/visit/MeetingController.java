package io.parlgraph.visit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.speaker.Speaker;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code Meeting} type and the meeting lists of visits and
 * speakers.
 */
@Controller
class MeetingController {

	private final VisitQueries queries;

	MeetingController(VisitQueries queries) {
		this.queries = queries;
	}

	@BatchMapping
	Map<Meeting, Visit> visit(List<Meeting> meetings) {
		return this.queries.visitsOf(meetings);
	}

	@SchemaMapping
	CompletableFuture<Page<Speaker>> participants(Meeting meeting, Paging page, DataFetchingEnvironment env) {
		return this.queries.participants(meeting, page, env);
	}

	@SchemaMapping(typeName = "Visit")
	CompletableFuture<Page<Meeting>> meetings(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.queries.meetingsDuring(visit, page, env);
	}

	@SchemaMapping(typeName = "Speaker", field = "meetings")
	CompletableFuture<Page<Meeting>> meetingsOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.queries.meetingsAttendedBy(speaker, page, env);
	}

}
