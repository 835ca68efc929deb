package io.parlgraph.speaker;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.SortKey;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Speaker} type, and for who presides over a {@code Parliament}. */
@Controller
class SpeakerController {

	private static final String PRESIDING = "Parliament.speaker";

	private static final Function<@Nullable OrderBy, Ordering<Speaker>> ORDERS = Ordering
		.by(SortKey.text("NAME", "name", Speaker::getName));

	private final SpeakerRepository speakers;

	private final SpeakerNameRepository names;

	private final KeysetPages pages;

	private final SpeakerWrites speakerWrites;

	private final Writes writes;

	SpeakerController(SpeakerRepository speakers, SpeakerNameRepository names, KeysetPages pages,
			BatchLoaderRegistry registry, SpeakerWrites speakerWrites, Writes writes) {
		this.speakers = speakers;
		this.names = names;
		this.pages = pages;
		this.speakerWrites = speakerWrites;
		this.writes = writes;
		registry.<PresidingKey, Speaker>forName(PRESIDING)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> presiding(keys)));
	}

	@QueryMapping
	Page<Speaker> speakers(@Argument @Nullable SpeakerFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		SpeakerFilter f = (filter != null) ? filter : SpeakerFilter.NONE;
		Long parliament = GlobalId.decodeIfPresent(f.parliament(), "Parliament");
		Where where = Where.all().equal("country_code", f.country());
		if (parliament != null || f.presidingOn() != null) {
			// one term must match both: presided over this parliament on that day
			StringBuilder term = new StringBuilder("c.id in (select t.speaker_id from speaker_term t where 1 = 1");
			List<Object> values = new ArrayList<>();
			if (parliament != null) {
				term.append(" and t.parliament_id = ?");
				values.add(parliament);
			}
			if (f.presidingOn() != null) {
				term.append(" and t.start_date <= ? and (t.end_date is null or t.end_date >= ?)");
				values.add(f.presidingOn());
				values.add(f.presidingOn());
			}
			where.matches(term.append(")").toString(), values.toArray());
		}
		return this.pages.find(Speaker.class, "speaker", where, ORDERS.apply(orderBy), page);
	}

	/** A speaker without names in other languages has none: an empty list, not null. */
	@BatchMapping
	Map<Speaker, List<SpeakerName>> names(List<Speaker> speakers) {
		Map<Long, List<SpeakerName>> byId = this.names
			.findBySpeakerIdIn(speakers.stream().map(Speaker::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(SpeakerName::getSpeakerId));
		return speakers.stream()
			.collect(Collectors.toMap(Function.identity(), speaker -> byId.getOrDefault(speaker.getId(), List.of()),
					(first, same) -> first));
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Speaker> speaker(Parliament parliament, @Argument @Nullable LocalDate asOf,
			DataFetchingEnvironment env) {
		DataLoader<PresidingKey, Speaker> loader = env.getDataLoader(PRESIDING);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC);
		return loader.load(new PresidingKey(parliament.getId(), day));
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
