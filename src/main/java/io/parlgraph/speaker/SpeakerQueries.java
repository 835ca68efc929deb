package io.parlgraph.speaker;

import java.time.LocalDate;
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
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.SortKey;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How speakers and their terms are read: the pages of {@code Query.speakers}, their
 * names, who presided when, and the term lists of speakers and parliaments, batched.
 */
@Component
class SpeakerQueries {

	private static final String PRESIDING = "Parliament.speaker";

	private static final Relation<SpeakerTerm> OF_SPEAKER = Relation.byColumn("Speaker.terms", SpeakerTerm.class,
			"speaker_term", "speaker_id", SpeakerTerm::getId);

	private static final Relation<SpeakerTerm> OF_PARLIAMENT = Relation.byColumn("Parliament.speakerTerms",
			SpeakerTerm.class, "speaker_term", "parliament_id", SpeakerTerm::getId);

	private static final Function<@Nullable OrderBy, Ordering<Speaker>> ORDERS = Ordering
		.by(SortKey.text("NAME", "name", Speaker::getName));

	private final SpeakerRepository speakers;

	private final SpeakerNameRepository names;

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	private final KeysetPages pages;

	SpeakerQueries(SpeakerRepository speakers, SpeakerNameRepository names, ParliamentRepository parliaments,
			RelationLoader relations, KeysetPages pages, BatchLoaderRegistry registry) {
		this.speakers = speakers;
		this.names = names;
		this.parliaments = parliaments;
		this.relations = relations;
		this.pages = pages;
		registry.<PresidingKey, Speaker>forName(PRESIDING)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> presiding(keys)));
		relations.register(registry, OF_SPEAKER);
		relations.register(registry, OF_PARLIAMENT);
	}

	Page<Speaker> find(SpeakerFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Long parliament = GlobalId.decodeIfPresent(filter.parliament(), "Parliament");
		Where where = Where.all().equal("country_code", filter.country());
		if (parliament != null || filter.presidingOn() != null) {
			// one term must match both: presided over this parliament on that day
			StringBuilder term = new StringBuilder("c.id in (select t.speaker_id from speaker_term t where 1 = 1");
			List<Object> values = new ArrayList<>();
			if (parliament != null) {
				term.append(" and t.parliament_id = ?");
				values.add(parliament);
			}
			if (filter.presidingOn() != null) {
				term.append(" and t.start_date <= ? and (t.end_date is null or t.end_date >= ?)");
				values.add(filter.presidingOn());
				values.add(filter.presidingOn());
			}
			where.matches(term.append(")").toString(), values.toArray());
		}
		return this.pages.find(Speaker.class, "speaker", where, ORDERS.apply(orderBy), page, selected);
	}

	/** A speaker without names in other languages has none: an empty list, not null. */
	Map<Speaker, List<SpeakerName>> namesOf(List<Speaker> speakers) {
		Map<Long, List<SpeakerName>> byId = this.names.findBySpeakerIdIn(speakers.stream().map(Speaker::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(SpeakerName::getSpeakerId));
		return speakers.stream()
			.collect(Collectors.toMap(Function.identity(), speaker -> byId.getOrDefault(speaker.getId(), List.of()),
					(first, same) -> first));
	}

	/**
	 * Who presided over the parliament on the day, batched with the other parliaments of
	 * the request.
	 */
	CompletableFuture<Speaker> presiding(long parliamentId, LocalDate day, DataFetchingEnvironment env) {
		DataLoader<PresidingKey, Speaker> loader = env.getDataLoader(PRESIDING);
		return loader.load(new PresidingKey(parliamentId, day));
	}

	Map<SpeakerTerm, Speaker> speakersOf(List<SpeakerTerm> terms) {
		return ToOne.resolve(terms, SpeakerTerm::getSpeakerId, this.speakers::findAllById, Speaker::getId);
	}

	Map<SpeakerTerm, Parliament> parliamentsOf(List<SpeakerTerm> terms) {
		return ToOne.resolve(terms, SpeakerTerm::getParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	CompletableFuture<Page<SpeakerTerm>> termsOf(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, OF_SPEAKER, speaker.getId(), page);
	}

	CompletableFuture<Page<SpeakerTerm>> termsAt(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, OF_PARLIAMENT, parliament.getId(), page);
	}

	/** One query per distinct day asked for: usually one. */
	private Map<PresidingKey, Speaker> presiding(Set<PresidingKey> keys) {
		Map<PresidingKey, Speaker> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(PresidingKey::day,
					Collectors.mapping(PresidingKey::parliamentId, Collectors.toSet())))
			.forEach((day, parliamentIds) -> this.speakers.findPresiding(parliamentIds, day)
				.forEach(p -> result.put(new PresidingKey(p.parliamentId(), day), p.speaker())));
		return result;
	}

	private record PresidingKey(Long parliamentId, LocalDate day) {
	}

}
