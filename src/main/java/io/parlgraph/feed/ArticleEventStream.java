package io.parlgraph.feed;

import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The events of one subscription. With a cursor it first replays the logged events after
 * it, then goes on live: the hand-over is at the position the live listener starts from,
 * so no event is missed or sent twice.
 */
@Component
class ArticleEventStream {

	private static final int REPLAY_PAGE = 500;

	private final EventFeed feed;

	private final EventLog log;

	ArticleEventStream(EventFeed feed, EventLog log) {
		this.feed = feed;
		this.log = log;
	}

	/**
	 * The matching events after the cursor, or from now on without one; refused while the
	 * connection's subscription slots (none over HTTP) are all taken.
	 */
	Flux<ArticleEvent> events(ArticleEventFilter filter, @Nullable String after, @Nullable Semaphore slots) {
		Predicate<ArticleEvent> matches = filter.predicate();
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
	 * The logged events after {@code from} up to {@code until}, read a page at a time as
	 * the client takes them. A cursor past {@code until} is fine if the log has it
	 * (another instance wrote it and this one's reader has yet to see it), but a cursor
	 * past the log's end is of another log.
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
