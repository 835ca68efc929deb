package io.parlgraph.article;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.SourceTables;
import io.parlgraph.event.Event;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.protocol.Protocol;
import io.parlgraph.quote.Quote;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.visit.Meeting;
import io.parlgraph.visit.Visit;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the facts an {@code Article} cites ({@code Article.speakers} and the like),
 * read through each fact type's citation table. They live here, not in the fact features, so that
 * article depends on the facts it links and no fact feature depends on article.
 */
@Controller
class ArticleFactsController {

	private static final Relation<Parliament> PARLIAMENTS = cited("parliaments", Parliament.class);

	private static final Relation<Speaker> SPEAKERS = cited("speakers", Speaker.class);

	private static final Relation<SpeakerTerm> SPEAKER_TERMS = cited("speakerTerms", SpeakerTerm.class);

	private static final Relation<Event> EVENTS = cited("events", Event.class);

	private static final Relation<Visit> VISITS = cited("visits", Visit.class);

	private static final Relation<Meeting> MEETINGS = cited("meetings", Meeting.class);

	private static final Relation<Protocol> PROTOCOLS = cited("protocols", Protocol.class);

	private static final Relation<Quote> QUOTES = cited("quotes", Quote.class);

	private final RelationLoader relations;

	ArticleFactsController(RelationLoader relations, BatchLoaderRegistry registry) {
		this.relations = relations;
		Stream.of(PARLIAMENTS, SPEAKERS, SPEAKER_TERMS, EVENTS, VISITS, MEETINGS, PROTOCOLS, QUOTES)
			.forEach(cited -> relations.register(registry, cited));
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Parliament>> parliaments(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PARLIAMENTS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Speaker>> speakers(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SPEAKERS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<SpeakerTerm>> speakerTerms(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SPEAKER_TERMS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Event>> events(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, EVENTS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Visit>> visits(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, VISITS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Meeting>> meetings(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MEETINGS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Protocol>> protocols(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PROTOCOLS, article.getId(), page);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Quote>> quotes(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, QUOTES, article.getId(), page);
	}

	/** The facts of a type an article cites, paired with it in the type's citation table. */
	private static <F extends BaseEntity> Relation<F> cited(String field, Class<F> type) {
		String name = type.getSimpleName();
		return Relation.byLink("Article." + field, type, SourceTables.factTable(name), SourceTables.of(name),
				"article_id", "subject_id", BaseEntity::getId);
	}

}
