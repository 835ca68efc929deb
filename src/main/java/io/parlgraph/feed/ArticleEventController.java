package io.parlgraph.feed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Paging;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code ArticleEvent} type: the log's history, and its events
 * live or replayed.
 */
@Controller
class ArticleEventController {

	private final EventFeed feed;

	private final ArticleEventStream stream;

	private final ArticleEventHistory history;

	ArticleEventController(EventFeed feed, ArticleEventStream stream, ArticleEventHistory history) {
		this.feed = feed;
		this.stream = stream;
		this.history = history;
	}

	@QueryMapping("articleEvents")
	Connection<ArticleEvent> history(@Argument @Nullable String after, @Argument @Nullable Integer first,
			@Argument @Nullable ArticleEventFilter filter) {
		return this.history.page(after, Paging.size(first, null), (filter != null) ? filter : ArticleEventFilter.NONE);
	}

	@QueryMapping
	String latestArticleEventCursor() {
		return this.history.latestCursor();
	}

	@SubscriptionMapping
	Flux<ArticleEvent> articlePublished(@Argument @Nullable ArticleEventFilter filter, @Argument @Nullable String after,
			@ContextValue(name = SubscriptionSlots.CONTEXT_KEY, required = false) @Nullable Semaphore slots) {
		return this.stream.events((filter != null) ? filter : ArticleEventFilter.NONE, after, slots)
			.filter(event -> event.kind() == ArticleEventKind.PUBLISHED);
	}

	@SubscriptionMapping
	Flux<ArticleEvent> articleEvents(@Argument @Nullable ArticleEventFilter filter, @Argument @Nullable String after,
			@ContextValue(name = SubscriptionSlots.CONTEXT_KEY, required = false) @Nullable Semaphore slots) {
		return this.stream.events((filter != null) ? filter : ArticleEventFilter.NONE, after, slots);
	}

	/**
	 * A live event's article was read once for all its subscribers; a replayed one's is
	 * batched.
	 */
	@SchemaMapping(typeName = "ArticleEvent")
	CompletableFuture<Object> article(ArticleEvent event, DataFetchingEnvironment env) {
		Object live = this.feed.articleOf(event);
		return (live != null) ? CompletableFuture.completedFuture(live)
				: Nodes.load(env, new GlobalId("Article", event.articleId()));
	}

	@BatchMapping(typeName = "ArticleEvent")
	Map<ArticleEvent, ArticleEventHistory.ArticleAtEvent> articleAtEvent(List<ArticleEvent> events) {
		return this.history.articlesAt(events);
	}

}
