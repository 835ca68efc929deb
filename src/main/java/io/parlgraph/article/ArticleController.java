package io.parlgraph.article;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.article.ArticleInputs.CorrectArticleInput;
import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import io.parlgraph.article.ArticleInputs.RetractArticleInput;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code Article} type; what an article cites is served by
 * {@link ArticleFactsController}.
 */
@Controller
public class ArticleController {

	private final ArticleQueries queries;

	private final IdempotentPublishing publishing;

	private final CorrectionsAndRetractions corrections;

	private final MutationTransaction writes;

	ArticleController(ArticleQueries queries, IdempotentPublishing publishing, CorrectionsAndRetractions corrections,
			MutationTransaction writes) {
		this.queries = queries;
		this.publishing = publishing;
		this.corrections = corrections;
		this.writes = writes;
	}

	@QueryMapping
	Page<Article> articles(@Argument @Nullable ArticleFilter filter, @Argument @Nullable OrderBy orderBy, Paging page,
			DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : ArticleFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<Page<ArticleRevision>> revisions(Article article, Paging page, DataFetchingEnvironment env) {
		return this.queries.revisions(article, page, env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> publishArticle(@Argument PublishArticleInput input) {
		return this.publishing.publish(input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> correctArticle(@Argument CorrectArticleInput input) {
		return this.writes.run(errors -> this.corrections.correct(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Article> retractArticle(@Argument RetractArticleInput input) {
		return this.writes.run(errors -> this.corrections.retract(input, errors));
	}

}
