package io.parlgraph.feed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Paging;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code ArticleEvent} type. A subscription with {@code after} first
 * replays the logged events after that cursor, then goes on live: the hand-over is at the
 * position the live listener starts from, so no event is missed or sent twice.
 */
@Controller
class ArticleEventController {

	private static final int REPLAY_PAGE = 500;

	private final EventFeed feed;

	private final EventLog log;

	private final ArticleEventHistory history;

	ArticleEventController(EventFeed feed, EventLog log, ArticleEventHistory history) {
		this.feed = feed;
		this.log = log;
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
		return events(filter, after, slots).filter(event -> event.kind() == ArticleEventKind.PUBLISHED);
	}

	@SubscriptionMapping
	Flux<ArticleEvent> articleEvents(@Argument @Nullable ArticleEventFilter filter, @Argument @Nullable String after,
			@ContextValue(name = SubscriptionSlots.CONTEXT_KEY, required = false) @Nullable Semaphore slots) {
		return events(filter, after, slots);
	}

	/** A live event's article was read once for all its subscribers; a replayed one's is batched. */
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

	private Flux<ArticleEvent> events(@Nullable ArticleEventFilter filter, @Nullable String after,
			@Nullable Semaphore slots) {
		Predicate<ArticleEvent> matches = ((filter != null) ? filter : ArticleEventFilter.NONE).predicate();
		Long from = (after != null) ? ArticleEvent.sequenceOf(after) : null;
		Flux<ArticleEvent> events = Flux.defer(() -> {
			EventFeed.Listener live = this.feed.listen();
			long start = (from != null) ? from : live.start();
			return replay(start, live.start()).concatWith(live.events().filter(event -> event.sequence() > start))
				.filter(matches)
				.doFinally(signal -> live.close());
		});
		if (slots == null) {
			return events;
		}
		return Flux.defer(() -> slots.tryAcquire() ? events.doFinally(signal -> slots.release())
				: Flux.error(new TooManySubscriptionsException(SubscriptionSlots.CAP)));
	}

	/**
	 * The logged events after {@code from} up to {@code until}, read a page at a time as the client
	 * takes them. A cursor past {@code until} is fine if the log has it (another instance wrote it
	 * and this one's reader has yet to see it), but a cursor past the log's end is of another log.
	 */
	private Flux<ArticleEvent> replay(long from, long until) {
		if (from > until) {
			return Mono.fromCallable(this.log::head)
				.subscribeOn(Schedulers.boundedElastic())
				.flatMapMany(head -> (from > head) ? Flux.error(ArticleEvent.beyondTheEnd(from, head)) : Flux.empty());
		}
		if (from == until) {
			return Flux.empty();
		}
		return Mono.fromCallable(() -> this.log.read(from, until, REPLAY_PAGE))
			.expand(page -> (page.size() < REPLAY_PAGE) ? Mono.empty()
					: Mono.fromCallable(() -> this.log.read(page.get(page.size() - 1).sequence(), until, REPLAY_PAGE)))
			.flatMapIterable(page -> page)
			.subscribeOn(Schedulers.boundedElastic());
	}

}
