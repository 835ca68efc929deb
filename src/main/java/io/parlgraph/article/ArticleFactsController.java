package io.parlgraph.article;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.event.Event;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.protocol.Protocol;
import io.parlgraph.quote.Quote;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.visit.Meeting;
import io.parlgraph.visit.Visit;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the facts an {@code Article} cites ({@code Article.speakers} and
 * the like). They live here, not in the fact features, so that article depends on the
 * facts it links and no fact feature depends on article.
 */
@Controller
class ArticleFactsController {

	private final ArticleQueries queries;

	ArticleFactsController(ArticleQueries queries) {
		this.queries = queries;
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Parliament>> parliaments(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.PARLIAMENTS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Speaker>> speakers(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.SPEAKERS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<SpeakerTerm>> speakerTerms(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.SPEAKER_TERMS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Event>> events(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.EVENTS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Visit>> visits(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.VISITS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Meeting>> meetings(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.MEETINGS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Protocol>> protocols(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.PROTOCOLS, article, page, env);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<Quote>> quotes(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.cited(ArticleQueries.QUOTES, article, page, env);
	}

}
