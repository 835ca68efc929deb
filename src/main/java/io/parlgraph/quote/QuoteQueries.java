package io.parlgraph.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How quotes are read: the pages of {@code Query.quotes}, who said a quote and what it
 * translates, and the quote lists of speakers, visits and quotes, batched.
 */
@Component
class QuoteQueries {

	private static final Relation<Quote> BY_SPEAKER = Relation.byColumn("Speaker.quotes", Quote.class, "quote",
			"speaker_id", Quote::getId);

	private static final Relation<Quote> DURING = Relation.byColumn("Visit.quotes", Quote.class, "quote", "visit_id",
			Quote::getId);

	private static final Relation<Quote> TRANSLATIONS = Relation.byColumn("Quote.translations", Quote.class, "quote",
			"translation_of_id", Quote::getId);

	private static final Function<@Nullable OrderBy, Ordering<Quote>> ORDERS = Ordering
		.by(SortKey.date("SAID_ON", "said_on", Quote::getSaidOn));

	/** Said by whoever presided over the parliament {@code ?} on the day. */
	private static final String PRESIDING_AT_THE_TIME = "exists (select 1 from speaker_term t"
			+ " where t.speaker_id = c.speaker_id and t.parliament_id = ? and t.start_date <= c.said_on"
			+ " and (t.end_date is null or t.end_date >= c.said_on))";

	private final QuoteRepository quotes;

	private final SpeakerRepository speakers;

	private final VisitRepository visits;

	private final RelationLoader relations;

	private final KeysetPages pages;

	QuoteQueries(QuoteRepository quotes, SpeakerRepository speakers, VisitRepository visits, RelationLoader relations,
			KeysetPages pages, BatchLoaderRegistry registry) {
		this.quotes = quotes;
		this.speakers = speakers;
		this.visits = visits;
		this.relations = relations;
		this.pages = pages;
		for (Relation<Quote> relation : List.of(BY_SPEAKER, DURING, TRANSLATIONS)) {
			relations.register(registry, relation);
		}
	}

	Page<Quote> find(QuoteFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Where where = Where.all()
			.equal("speaker_id", GlobalId.decodeIfPresent(filter.speaker(), "Speaker"))
			.matches(PRESIDING_AT_THE_TIME, GlobalId.decodeIfPresent(filter.parliament(), "Parliament"))
			.matches("c.speaker_id in (select s.id from speaker s where s.country_code = ?)", filter.country())
			.equal("visit_id", GlobalId.decodeIfPresent(filter.visit(), "Visit"))
			.equal("language", filter.language())
			.equal("kind", filter.kind())
			.equal("medium", filter.medium())
			.atLeast("said_on", filter.from())
			.atMost("said_on", filter.to());
		return this.pages.find(Quote.class, "quote", where, ORDERS.apply(orderBy), page, selected);
	}

	Map<Quote, Speaker> speakers(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getSpeakerId, this.speakers::findAllById, Speaker::getId);
	}

	Map<Quote, Visit> visits(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getVisitId, this.visits::findAllById, Visit::getId);
	}

	Map<Quote, Quote> originals(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getTranslationOfId, this.quotes::findAllById, Quote::getId);
	}

	CompletableFuture<Page<Quote>> translations(Quote quote, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, TRANSLATIONS, quote.getId(), page);
	}

	CompletableFuture<Page<Quote>> quotesBy(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, BY_SPEAKER, speaker.getId(), page);
	}

	CompletableFuture<Page<Quote>> quotesDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DURING, visit.getId(), page);
	}

}
