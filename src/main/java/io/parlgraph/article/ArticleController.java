package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.article.ArticleInputs.CorrectArticleInput;
import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import io.parlgraph.article.ArticleInputs.RetractArticleInput;
import io.parlgraph.data.SourceTables;
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
import io.parlgraph.graphql.Where;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Article} type; what an article cites is served by {@link ArticleFactsController}. */
@Controller
public class ArticleController {

	private static final Function<@Nullable OrderBy, Ordering<Article>> ORDERS = Ordering
		.by(SortKey.instant("PUBLISHED_AT", "published_at", article -> article.getPublishedAt().toInstant()));

	private static final int MAX_MENTIONS = 100;

	private static final Relation<ArticleRevision> REVISIONS = Relation.byColumn("Article.revisions",
			ArticleRevision.class, "article_revision", "article_id", ArticleRevision::getId);

	private final KeysetPages pages;

	private final RelationLoader relations;

	private final ArticlePublishing publishing;

	private final Writes writes;

	ArticleController(KeysetPages pages, RelationLoader relations, BatchLoaderRegistry registry,
			ArticlePublishing publishing, Writes writes) {
		this.pages = pages;
		this.relations = relations;
		this.publishing = publishing;
		this.writes = writes;
		relations.register(registry, REVISIONS);
	}

	@QueryMapping
	Page<Article> articles(@Argument @Nullable ArticleFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		ArticleFilter f = (filter != null) ? filter : ArticleFilter.NONE;
		Where where = Where.all()
			.equal("language", f.language())
			.equal("publisher", f.publisher())
			.atLeast("published_at", instant(f.publishedFrom()))
			.before("published_at", instant(f.publishedTo()));
		if (!Boolean.TRUE.equals(f.includeRetracted())) {
			where.matches("c.retracted_at is null");
		}
		if (f.mentions() != null) {
			mentioned(f.mentions(), "mentions").forEach(id -> where.matches(mentioning(id.type()), List.of(id.id())));
		}
		if (f.mentionsAny() != null) {
			Map<String, List<Long>> byType = mentioned(f.mentionsAny(), "mentionsAny").stream()
				.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::id, Collectors.toList())));
			String anyOf = byType.keySet().stream().map(ArticleController::mentioning).collect(Collectors.joining(" or "));
			where.matches(byType.isEmpty() ? "1 = 0" : anyOf, byType.values().toArray());
		}
		return this.pages.find(Article.class, "article", where, ORDERS.apply(orderBy), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<ArticleRevision>> revisions(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, REVISIONS, article.getId(), page);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> publishArticle(@Argument PublishArticleInput input) {
		Payload<Article> payload = this.writes.run(errors -> this.publishing.publish(input, errors));
		if (payload.result() != null) {
			return payload;
		}
		// an identical publish committed after this one looked for it fails this one, on the
		// unique URL or key (CONFLICT), or as TAKEN on the slug: it is a repeat, so it returns
		// what that stored, or CONFLICT if it came with the same key but another payload
		Payload<Article> repeat = this.writes.run(errors -> this.publishing.published(input).orElse(null));
		return (repeat.result() != null || !repeat.userErrors().isEmpty()) ? repeat : payload;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> correctArticle(@Argument CorrectArticleInput input) {
		return this.writes.run(errors -> this.publishing.correct(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> retractArticle(@Argument RetractArticleInput input) {
		return this.writes.run(errors -> this.publishing.retract(input, errors));
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
