package io.parlgraph.speaker;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * GraphQL handlers for the {@code Speaker} type, and for who presides over a
 * {@code Parliament}.
 */
@Controller
class SpeakerController {

	private final SpeakerQueries queries;

	private final SpeakerWrites speakerWrites;

	private final MutationTransaction writes;

	SpeakerController(SpeakerQueries queries, SpeakerWrites speakerWrites, MutationTransaction writes) {
		this.queries = queries;
		this.speakerWrites = speakerWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Speaker> speakers(@Argument @Nullable SpeakerFilter filter, @Argument @Nullable OrderBy orderBy, Paging page,
			DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : SpeakerFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@BatchMapping
	Map<Speaker, List<SpeakerName>> names(List<Speaker> speakers) {
		return this.queries.namesOf(speakers);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Speaker> speaker(Parliament parliament, @Argument @Nullable LocalDate asOf,
			DataFetchingEnvironment env) {
		return this.queries.presiding(parliament.getId(), (asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC), env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Speaker> createSpeaker(@Argument SpeakerInput input) {
		return this.writes.run(errors -> this.speakerWrites.create(input, errors, "input"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Speaker> updateSpeaker(@Argument UpdateSpeakerInput input) {
		return this.writes.run(errors -> this.speakerWrites.update(input, errors));
	}

}
