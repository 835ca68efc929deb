package io.parlgraph.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.article.Article;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.Specs;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Quote} type, and the quote lists of speakers, visits and articles. */
@Controller
class QuoteController {

	private static final Relation<Quote> BY_SPEAKER = Relation.byColumn("Speaker.quotes", Quote.class, "quote",
			"speaker_id", Quote::getId);

	private static final Relation<Quote> DURING = Relation.byColumn("Visit.quotes", Quote.class, "quote",
			"visit_id", Quote::getId);

	private static final Relation<Quote> TRANSLATIONS = Relation.byColumn("Quote.translations", Quote.class,
			"quote", "translation_of_id", Quote::getId);

	private static final Relation<Quote> CARRIED_BY = Relation.byLink("Article.quotes", Quote.class, "quote",
			"quote_source", "article_id", "subject_id", Quote::getId);

	private final QuoteRepository quotes;

	private final SpeakerRepository speakers;

	private final VisitRepository visits;

	private final RelationLoader relations;

	QuoteController(QuoteRepository quotes, SpeakerRepository speakers, VisitRepository visits,
			RelationLoader relations, BatchLoaderRegistry registry) {
		this.quotes = quotes;
		this.speakers = speakers;
		this.visits = visits;
		this.relations = relations;
		for (Relation<Quote> relation : List.of(BY_SPEAKER, DURING, TRANSLATIONS, CARRIED_BY)) {
			relations.register(registry, relation);
		}
	}

	@QueryMapping
	Connection<Quote> quotes(@Argument @Nullable QuoteFilter filter, Paging page) {
		QuoteFilter f = (filter != null) ? filter : new QuoteFilter(null, null, null, null, null, null);
		Long speaker = (f.speaker() != null) ? GlobalId.decode(f.speaker(), "Speaker") : null;
		return KeysetPages.find(this.quotes,
				Specs.<Quote>equal("speakerId", speaker)
					.and(Specs.equal("language", f.language()))
					.and(Specs.equal("kind", f.kind()))
					.and(Specs.equal("medium", f.medium()))
					.and(Specs.<Quote, LocalDate>atLeast("saidOn", f.from()))
					.and(Specs.atMost("saidOn", f.to())),
				page, Quote::getId);
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
	CompletableFuture<Connection<Quote>> translations(Quote quote, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, TRANSLATIONS, quote.getId(), page);
	}

	@SchemaMapping(typeName = "Speaker", field = "quotes")
	CompletableFuture<Connection<Quote>> quotesOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, BY_SPEAKER, speaker.getId(), page);
	}

	@SchemaMapping(typeName = "Visit", field = "quotes")
	CompletableFuture<Connection<Quote>> quotesDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DURING, visit.getId(), page);
	}

	@SchemaMapping(typeName = "Article", field = "quotes")
	CompletableFuture<Connection<Quote>> carriedBy(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, CARRIED_BY, article.getId(), page);
	}

}
