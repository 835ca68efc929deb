package io.parlgraph.speaker;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.article.Article;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.Specs;
import io.parlgraph.parliament.Parliament;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Speaker} type, and for who presides over a {@code Parliament}. */
@Controller
class SpeakerController {

	private static final String PRESIDING = "Parliament.speaker";

	private static final Relation<Speaker> MENTIONED_IN = Relation.byLink("Article.speakers", Speaker.class,
			"speaker", "speaker_source", "article_id", "subject_id", Speaker::getId);

	private final SpeakerRepository speakers;

	private final SpeakerNameRepository names;

	private final RelationLoader relations;

	SpeakerController(SpeakerRepository speakers, SpeakerNameRepository names, RelationLoader relations,
			BatchLoaderRegistry registry) {
		this.speakers = speakers;
		this.names = names;
		this.relations = relations;
		registry.<PresidingKey, Speaker>forName(PRESIDING)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> presiding(keys)));
		relations.register(registry, MENTIONED_IN);
	}

	@QueryMapping
	Connection<Speaker> speakers(@Argument @Nullable SpeakerFilter filter, Paging page) {
		SpeakerFilter f = (filter != null) ? filter : new SpeakerFilter(null, null);
		Long parliament = (f.parliament() != null) ? GlobalId.decode(f.parliament(), "Parliament") : null;
		return KeysetPages.find(this.speakers,
				Specs.<Speaker>equal("country", f.country())
					.and(Specs.linked(SpeakerTerm.class, "speakerId", "parliamentId", parliament)),
				page, Speaker::getId);
	}

	@BatchMapping
	Map<Speaker, List<SpeakerName>> names(List<Speaker> speakers) {
		Map<Long, Speaker> byId = speakers.stream().collect(Collectors.toMap(Speaker::getId, Function.identity()));
		return this.names.findBySpeakerIdIn(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(name -> byId.get(name.getSpeakerId())));
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Speaker> speaker(Parliament parliament, @Argument @Nullable LocalDate asOf,
			DataFetchingEnvironment env) {
		DataLoader<PresidingKey, Speaker> loader = env.getDataLoader(PRESIDING);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC);
		return loader.load(new PresidingKey(parliament.getId(), day));
	}

	@SchemaMapping(typeName = "Article", field = "speakers")
	CompletableFuture<Connection<Speaker>> mentionedIn(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MENTIONED_IN, article.getId(), page);
	}

	/** One query per distinct day asked for: usually one. */
	private Map<PresidingKey, Speaker> presiding(Set<PresidingKey> keys) {
		Map<PresidingKey, Speaker> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(PresidingKey::day, Collectors.mapping(PresidingKey::parliamentId,
					Collectors.toSet())))
			.forEach((day, parliamentIds) -> this.speakers.findPresiding(parliamentIds, day)
				.forEach(p -> result.put(new PresidingKey(p.parliamentId(), day), p.speaker())));
		return result;
	}

	record PresidingKey(Long parliamentId, LocalDate day) {
	}

}
