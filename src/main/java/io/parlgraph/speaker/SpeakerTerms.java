package io.parlgraph.speaker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Which term of office a speaker was serving on a given day: the role behind a quote, a
 * signature, a visit. When terms overlap (presiding over a national parliament and an
 * assembly at once), the one begun last counts.
 */
@Component
public class SpeakerTerms {

	private static final String LOADER = "SpeakerTerm.held";

	private static final Comparator<SpeakerTerm> LATEST = Comparator.comparing(SpeakerTerm::getStartDate)
		.thenComparing(SpeakerTerm::getId);

	private final SpeakerTermRepository terms;

	SpeakerTerms(SpeakerTermRepository terms, BatchLoaderRegistry registry) {
		this.terms = terms;
		registry.<Held, SpeakerTerm>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> held(keys)));
	}

	/**
	 * The term the speaker was serving on the day, loaded in a batch with the others
	 * asked for.
	 */
	public static CompletableFuture<SpeakerTerm> held(DataFetchingEnvironment env, long speakerId, LocalDate day) {
		DataLoader<Held, SpeakerTerm> loader = env.getDataLoader(LOADER);
		return loader.load(new Held(speakerId, day));
	}

	/**
	 * The terms served on the days asked for, in one query; days without a term are left
	 * out.
	 */
	public Map<Held, SpeakerTerm> held(Collection<Held> keys) {
		Set<Long> speakers = keys.stream().map(Held::speakerId).collect(Collectors.toSet());
		Map<Long, List<SpeakerTerm>> bySpeaker = this.terms.findBySpeakerIdIn(speakers)
			.stream()
			.collect(Collectors.groupingBy(SpeakerTerm::getSpeakerId));
		Map<Held, SpeakerTerm> result = new HashMap<>();
		for (Held key : keys) {
			bySpeaker.getOrDefault(key.speakerId(), List.of())
				.stream()
				.filter(term -> !term.getStartDate().isAfter(key.day())
						&& (term.getEndDate() == null || !term.getEndDate().isBefore(key.day())))
				.max(LATEST)
				.ifPresent(term -> result.put(key, term));
		}
		return result;
	}

	/** A speaker and a day. */
	public record Held(long speakerId, LocalDate day) {
	}

}
