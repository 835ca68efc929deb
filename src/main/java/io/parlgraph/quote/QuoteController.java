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
import io.parlgraph.graphql.Where;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitRepository;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Quote} type, and the quote lists of speakers and visits. */
@Controller
class QuoteController {

	private static final Relation<Quote> BY_SPEAKER = Relation.byColumn("Speaker.quotes", Quote.class, "quote",
			"speaker_id", Quote::getId);

	private static final Relation<Quote> DURING = Relation.byColumn("Visit.quotes", Quote.class, "quote",
			"visit_id", Quote::getId);

	private static final Relation<Quote> TRANSLATIONS = Relation.byColumn("Quote.translations", Quote.class,
			"quote", "translation_of_id", Quote::getId);

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

	private final QuoteWrites quoteWrites;

	private final Writes writes;

	QuoteController(QuoteRepository quotes, SpeakerRepository speakers, VisitRepository visits,
			RelationLoader relations, KeysetPages pages, BatchLoaderRegistry registry, QuoteWrites quoteWrites,
			Writes writes) {
		this.quotes = quotes;
		this.speakers = speakers;
		this.visits = visits;
		this.relations = relations;
		this.pages = pages;
		this.quoteWrites = quoteWrites;
		this.writes = writes;
		for (Relation<Quote> relation : List.of(BY_SPEAKER, DURING, TRANSLATIONS)) {
			relations.register(registry, relation);
		}
	}

	@QueryMapping
	Page<Quote> quotes(@Argument @Nullable QuoteFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		QuoteFilter f = (filter != null) ? filter : QuoteFilter.NONE;
		Where where = Where.all()
			.equal("speaker_id", GlobalId.decodeIfPresent(f.speaker(), "Speaker"))
			.matches(PRESIDING_AT_THE_TIME, GlobalId.decodeIfPresent(f.parliament(), "Parliament"))
			.matches("c.speaker_id in (select s.id from speaker s where s.country_code = ?)", f.country())
			.equal("visit_id", GlobalId.decodeIfPresent(f.visit(), "Visit"))
			.equal("language", f.language())
			.equal("kind", f.kind())
			.equal("medium", f.medium())
			.atLeast("said_on", f.from())
			.atMost("said_on", f.to());
		return this.pages.find(Quote.class, "quote", where, ORDERS.apply(orderBy), page);
	}

	@BatchMapping
	Map<Quote, Speaker> speaker(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getSpeakerId, this.speakers::findAllById, Speaker::getId);
	}

	@BatchMapping
	Map<Quote, Visit> visit(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getVisitId, this.visits::findAllById, Visit::getId);
	}

	@BatchMapping
	Map<Quote, Quote> translationOf(List<Quote> quotes) {
		return ToOne.resolve(quotes, Quote::getTranslationOfId, this.quotes::findAllById, Quote::getId);
	}

	@SchemaMapping
	CompletableFuture<SpeakerTerm> speakerTerm(Quote quote, DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, quote.getSpeakerId(), quote.getSaidOn());
	}

	@SchemaMapping
	CompletableFuture<Page<Quote>> translations(Quote quote, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, TRANSLATIONS, quote.getId(), page);
	}

	@SchemaMapping(typeName = "Speaker", field = "quotes")
	CompletableFuture<Page<Quote>> quotesOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, BY_SPEAKER, speaker.getId(), page);
	}

	@SchemaMapping(typeName = "Visit", field = "quotes")
	CompletableFuture<Page<Quote>> quotesDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DURING, visit.getId(), page);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Quote> createQuote(@Argument QuoteInput input) {
		return this.writes.run(errors -> this.quoteWrites.create(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Quote> updateQuote(@Argument UpdateQuoteInput input) {
		return this.writes.run(errors -> this.quoteWrites.update(input, errors));
	}

}
