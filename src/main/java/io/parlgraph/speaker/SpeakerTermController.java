package io.parlgraph.speaker;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code SpeakerTerm} type and the term lists of speakers and parliaments. */
@Controller
class SpeakerTermController {

	private static final Relation<SpeakerTerm> OF_SPEAKER = Relation.byColumn("Speaker.terms", SpeakerTerm.class,
			"speaker_term", "speaker_id", SpeakerTerm::getId);

	private static final Relation<SpeakerTerm> OF_PARLIAMENT = Relation.byColumn("Parliament.speakerTerms",
			SpeakerTerm.class, "speaker_term", "parliament_id", SpeakerTerm::getId);

	private final SpeakerRepository speakers;

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	private final SpeakerTermWrites termWrites;

	private final Writes writes;

	SpeakerTermController(SpeakerRepository speakers, ParliamentRepository parliaments, RelationLoader relations,
			BatchLoaderRegistry registry, SpeakerTermWrites termWrites, Writes writes) {
		this.speakers = speakers;
		this.parliaments = parliaments;
		this.relations = relations;
		this.termWrites = termWrites;
		this.writes = writes;
		relations.register(registry, OF_SPEAKER);
		relations.register(registry, OF_PARLIAMENT);
	}

	@BatchMapping
	Map<SpeakerTerm, Speaker> speaker(List<SpeakerTerm> terms) {
		return ToOne.resolve(terms, SpeakerTerm::getSpeakerId, this.speakers::findAllById, Speaker::getId);
	}

	@BatchMapping
	Map<SpeakerTerm, Parliament> parliament(List<SpeakerTerm> terms) {
		return ToOne.resolve(terms, SpeakerTerm::getParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<SpeakerTerm> term(Speaker speaker, @Argument @Nullable LocalDate asOf,
			DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, speaker.getId(), (asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC));
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<Page<SpeakerTerm>> terms(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, OF_SPEAKER, speaker.getId(), page);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Page<SpeakerTerm>> speakerTerms(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, OF_PARLIAMENT, parliament.getId(), page);
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
