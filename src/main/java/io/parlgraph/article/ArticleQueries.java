package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.SourceTables;
import io.parlgraph.event.Event;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.SortKey;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.protocol.Protocol;
import io.parlgraph.quote.Quote;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.visit.Meeting;
import io.parlgraph.visit.Visit;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How articles are read: the pages of {@code Query.articles} (with what they mention),
 * their revisions, and the facts they cite, each type through its citation table,
 * batched.
 */
@Component
class ArticleQueries {

	static final Relation<Parliament> PARLIAMENTS = facts("parliaments", Parliament.class);

	static final Relation<Speaker> SPEAKERS = facts("speakers", Speaker.class);

	static final Relation<SpeakerTerm> SPEAKER_TERMS = facts("speakerTerms", SpeakerTerm.class);

	static final Relation<Event> EVENTS = facts("events", Event.class);

	static final Relation<Visit> VISITS = facts("visits", Visit.class);

	static final Relation<Meeting> MEETINGS = facts("meetings", Meeting.class);

	static final Relation<Protocol> PROTOCOLS = facts("protocols", Protocol.class);

	static final Relation<Quote> QUOTES = facts("quotes", Quote.class);

	private static final Relation<ArticleRevision> REVISIONS = Relation.byColumn("Article.revisions",
			ArticleRevision.class, "article_revision", "article_id", ArticleRevision::getId);

	private static final Function<@Nullable OrderBy, Ordering<Article>> ORDERS = Ordering
		.by(SortKey.instant("PUBLISHED_AT", "published_at", article -> article.getPublishedAt().toInstant()));

	private static final int MAX_MENTIONS = 100;

	private final KeysetPages pages;

	private final RelationLoader relations;

	ArticleQueries(KeysetPages pages, RelationLoader relations, BatchLoaderRegistry registry) {
		this.pages = pages;
		this.relations = relations;
		Stream.of(REVISIONS, PARLIAMENTS, SPEAKERS, SPEAKER_TERMS, EVENTS, VISITS, MEETINGS, PROTOCOLS, QUOTES)
			.forEach(relation -> relations.register(registry, relation));
	}

	Page<Article> find(ArticleFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Where where = Where.all()
			.equal("language", filter.language())
			.equal("publisher", filter.publisher())
			.atLeast("published_at", instant(filter.publishedFrom()))
			.before("published_at", instant(filter.publishedTo()));
		if (!Boolean.TRUE.equals(filter.includeRetracted())) {
			where.matches("c.retracted_at is null");
		}
		if (filter.mentions() != null) {
			mentioned(filter.mentions(), "mentions")
				.forEach(id -> where.matches(mentioning(id.type()), List.of(id.id())));
		}
		if (filter.mentionsAny() != null) {
			Map<String, List<Long>> byType = mentioned(filter.mentionsAny(), "mentionsAny").stream()
				.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::id, Collectors.toList())));
			String anyOf = byType.keySet().stream().map(ArticleQueries::mentioning).collect(Collectors.joining(" or "));
			where.matches(byType.isEmpty() ? "1 = 0" : anyOf, byType.values().toArray());
		}
		return this.pages.find(Article.class, "article", where, ORDERS.apply(orderBy), page, selected);
	}

	CompletableFuture<Page<ArticleRevision>> revisions(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, REVISIONS, article.getId(), page);
	}

	/** A page of the facts of one type (one of the relations above) the article cites. */
	<F> CompletableFuture<Page<F>> cited(Relation<F> facts, Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, facts, article.getId(), page);
	}

	/**
	 * The facts of a type an article cites, paired with it in the type's citation table.
	 */
	private static <F extends BaseEntity> Relation<F> facts(String field, Class<F> type) {
		String name = type.getSimpleName();
		return Relation.byLink("Article." + field, type, SourceTables.factTable(name), SourceTables.of(name),
				"article_id", "subject_id", BaseEntity::getId);
	}

	/** Articles citing a fact of the type whose ID is in {@code ?}. */
	private static String mentioning(String type) {
		return "c.id in (select article_id from " + SourceTables.of(type) + " where subject_id in (?))";
	}

	/** Decodes the IDs of things articles may mention. */
	private static List<GlobalId> mentioned(List<String> ids, String argument) {
		if (ids.size() > MAX_MENTIONS) {
			throw new InvalidInputException(
					"'" + argument + "' may hold at most " + MAX_MENTIONS + " IDs, but held " + ids.size());
		}
		return ids.stream().map(value -> Mentions.decode(value, argument)).toList();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
