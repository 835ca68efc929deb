package io.parlgraph.speaker;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code SpeakerTerm} type and the term lists of speakers and
 * parliaments.
 */
@Controller
class SpeakerTermController {

	private final SpeakerQueries queries;

	private final SpeakerTermWrites termWrites;

	private final MutationTransaction writes;

	SpeakerTermController(SpeakerQueries queries, SpeakerTermWrites termWrites, MutationTransaction writes) {
		this.queries = queries;
		this.termWrites = termWrites;
		this.writes = writes;
	}

	@BatchMapping
	Map<SpeakerTerm, Speaker> speaker(List<SpeakerTerm> terms) {
		return this.queries.speakersOf(terms);
	}

	@BatchMapping
	Map<SpeakerTerm, Parliament> parliament(List<SpeakerTerm> terms) {
		return this.queries.parliamentsOf(terms);
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<SpeakerTerm> term(Speaker speaker, @Argument @Nullable LocalDate asOf,
			DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, speaker.getId(), (asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC));
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<Page<SpeakerTerm>> terms(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.queries.termsOf(speaker, page, env);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<SpeakerTerm>> speakerTerms(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.termsAt(parliament, page, env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<SpeakerTerm> createSpeakerTerm(@Argument SpeakerTermInput input) {
		return this.writes.run(errors -> this.termWrites.create(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<SpeakerTerm> updateSpeakerTerm(@Argument UpdateSpeakerTermInput input) {
		return this.writes.run(errors -> this.termWrites.update(input, errors));
	}

}
