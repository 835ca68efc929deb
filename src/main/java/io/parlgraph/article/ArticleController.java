package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;

import graphql.relay.Connection;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Specs;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Article} type. What an article mentions is served by each feature. */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	ArticleController(ArticleRepository articles) {
		this.articles = articles;
	}

	@QueryMapping
	Connection<Article> articles(@Argument @Nullable ArticleFilter filter, Paging page) {
		ArticleFilter f = (filter != null) ? filter : new ArticleFilter(null, null, null, null);
		Specification<Article> publishedBefore = (f.publishedTo() == null) ? Specification.unrestricted()
				: (root, query, cb) -> cb.lessThan(root.get("publishedAt"), instant(f.publishedTo()));
		return KeysetPages.find(this.articles,
				Specs.<Article>equal("language", f.language())
					.and(Specs.equal("publisher", f.publisher()))
					.and(Specs.<Article, Instant>atLeast("publishedAt", instant(f.publishedFrom())))
					.and(publishedBefore),
				page, Article::getId);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
