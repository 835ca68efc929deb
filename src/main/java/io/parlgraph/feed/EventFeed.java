package io.parlgraph.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.NodeLookup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * This instance's one reader of the event log. While anyone listens, it reads what was
 * committed after its position whenever it is woken (by a commit on this instance) or its
 * poll interval passes (for commits on other instances sharing the database), and hands
 * each event to every live subscriber; while nobody listens, it reads nothing. The reader
 * only queues events: each subscriber's stream is written by a delivery thread, so a
 * client that stops reading holds up nobody else (its write times out, see
 * {@code server.tomcat.connection-timeout}). A subscriber that falls {@code bufferSize}
 * events behind is dropped with {@link SlowSubscriberException}. The reader also looks up
 * the articles of the events it reads, in one query, so that a thousand subscribers of an
 * event do not each query for its article.
 */
@Component
class EventFeed implements SmartInitializingSingleton, SmartLifecycle, HealthIndicator {

	private static final Logger logger = LoggerFactory.getLogger(EventFeed.class);

	private static final int PAGE = 500;

	/**
	 * Threads that write events to subscribers; a stalled client's blocked write holds
	 * one until it times out.
	 */
	private static final int DELIVERY_THREADS = 64;

	/** Events a subscriber's delivery thread takes from its buffer at a time. */
	private static final int DELIVERY_PREFETCH = 32;

	private final EventLog log;

	private final NodeLookup nodes;

	private final Duration pollInterval;

	private final int bufferSize;

	private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

	private final Semaphore wakeUp = new Semaphore(0);

	/**
	 * The articles of the events read lately, by sequence, as read then; see
	 * {@link #articleOf}.
	 */
	private final Map<Long, LiveArticle> liveArticles = new ConcurrentHashMap<>();

	/**
	 * Each write is a task of its own on the least busy thread (a subscriber is not tied
	 * to one), threads being made as needed and ended after a minute idle.
	 */
	private final Scheduler delivery = Schedulers.fromExecutor(
			Schedulers.newBoundedElastic(DELIVERY_THREADS, Integer.MAX_VALUE, "event-delivery", 60, true)::schedule);

	private final Object publishing = new Object();

	/** The sequence of the last event handed to listeners. */
	private volatile long position;

	private volatile long lastReadMillis;

	private volatile boolean running;

	private boolean readFailing;

	private @Nullable Thread reader;

	EventFeed(@Lazy EventLog log, NodeLookup nodes,
			@Value("${parlgraph.events.poll-interval:250ms}") Duration pollInterval,
			@Value("${parlgraph.events.subscriber-buffer:1000}") int bufferSize) {
		this.log = log;
		this.nodes = nodes;
		this.pollInterval = pollInterval;
		this.bufferSize = bufferSize;
	}

	/**
	 * A live subscriber: the events after {@link #start}, as the reader hands them on.
	 */
	final class Listener {

		private final long start;

		private final Sinks.Many<ArticleEvent> sink = Sinks.many()
			.unicast()
			.onBackpressureBuffer(new ArrayBlockingQueue<>(EventFeed.this.bufferSize));

		private Listener(long start) {
			this.start = start;
		}

		/**
		 * The sequence this listener starts after: events up to it must come from the
		 * log.
		 */
		long start() {
			return this.start;
		}

		Flux<ArticleEvent> events() {
			return this.sink.asFlux().publishOn(EventFeed.this.delivery, DELIVERY_PREFETCH);
		}

		/** Stops handing events to this listener. */
		void close() {
			EventFeed.this.listeners.remove(this);
		}

		private void offer(ArticleEvent event) {
			if (event.sequence() <= this.start) {
				return;
			}
			if (this.sink.tryEmitNext(event).isFailure()) {
				close();
				this.sink.tryEmitError(new SlowSubscriberException());
			}
		}

	}

	/**
	 * Registers a listener that receives every event after the newest one committed, or
	 * after the reader's position if the reader is ahead of that.
	 */
	Listener listen() {
		// read outside the lock, so that a subscriber does not hold up delivery: an event
		// committed meanwhile is after the head, and reaches the listener
		long head = this.log.head();
		synchronized (this.publishing) {
			if (this.listeners.isEmpty()) {
				// the reader rests while nobody listens: catch up with the log first
				this.position = Math.max(this.position, head);
			}
			// the reader may still be handing on older events (after a burst of
			// publishing): they were committed before this listener came, so they are not
			// live to it
			Listener listener = new Listener(Math.max(this.position, head));
			this.listeners.add(listener);
			return listener;
		}
	}

	/**
	 * The article of an event this reader handed to subscribers, as it was read then;
	 * null for an event replayed from the log (a copy, not the instance handed on), or
	 * read too long ago.
	 */
	@Nullable Object articleOf(ArticleEvent event) {
		LiveArticle live = this.liveArticles.get(event.sequence());
		return (live != null && live.event() == event) ? live.article() : null;
	}

	private record LiveArticle(ArticleEvent event, Object article) {
	}

	/**
	 * Looks up the page's articles, and forgets those of events a subscriber can no
	 * longer be behind on.
	 */
	private void readArticles(List<ArticleEvent> page) {
		if (page.isEmpty()) {
			return;
		}
		Map<GlobalId, Object> articles = this.nodes
			.find(page.stream().map(event -> new GlobalId("Article", event.articleId())).collect(Collectors.toSet()));
		for (ArticleEvent event : page) {
			Object article = articles.get(new GlobalId("Article", event.articleId()));
			if (article != null) {
				this.liveArticles.put(event.sequence(), new LiveArticle(event, article));
			}
		}
		long forgotten = page.get(page.size() - 1).sequence() - this.bufferSize;
		this.liveArticles.keySet().removeIf(sequence -> sequence <= forgotten);
	}

	/** Reads the log now rather than at the next poll. */
	void wake() {
		this.wakeUp.release();
	}

	/** Hands the events, which follow the current position, to every listener. */
	void deliver(List<ArticleEvent> events) {
		synchronized (this.publishing) {
			for (ArticleEvent event : events) {
				if (event.sequence() > this.position) {
					this.listeners.forEach(listener -> listener.offer(event));
					this.position = event.sequence();
				}
			}
		}
	}

	private void readLoop() {
		while (this.running) {
			try {
				this.wakeUp.tryAcquire(this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUp.drainPermits();
				if (this.listeners.isEmpty()) {
					this.lastReadMillis = System.currentTimeMillis();
					continue;
				}
				List<ArticleEvent> page;
				do {
					page = this.log.read(this.position, Long.MAX_VALUE, PAGE);
					readArticles(page);
					deliver(page);
				}
				while (page.size() == PAGE);
				this.lastReadMillis = System.currentTimeMillis();
				if (this.readFailing) {
					logger.info("Reading the event log again");
					this.readFailing = false;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the database is away; the next poll tries again, from the same position
				if (!this.readFailing) {
					logger.warn("Could not read the event log (the readiness probe says so until it can): {}",
							ex.toString());
					this.readFailing = true;
				}
			}
		}
	}

	/**
	 * Starts from the newest event, before the server takes requests (so before
	 * {@link #start}).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.position = this.log.head();
		this.lastReadMillis = System.currentTimeMillis();
	}

	@Override
	public void start() {
		this.lastReadMillis = System.currentTimeMillis();
		this.running = true;
		Thread thread = new Thread(this::readLoop, "event-log-reader");
		thread.setDaemon(true);
		thread.start();
		this.reader = thread;
	}

	/** Stops reading, and ends every subscription so clients resume elsewhere. */
	@Override
	public void stop() {
		this.running = false;
		if (this.reader != null) {
			this.reader.interrupt();
		}
		this.listeners.forEach(listener -> listener.sink.tryEmitError(new ServerShuttingDownException()));
		this.listeners.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Ready while the reader keeps up: it has read the log within a few poll intervals.
	 */
	@Override
	public Health health() {
		long sinceRead = System.currentTimeMillis() - this.lastReadMillis;
		Health.Builder health = (this.running && sinceRead < Math.max(5_000, 10 * this.pollInterval.toMillis()))
				? Health.up() : Health.down();
		return health.withDetail("position", this.position).withDetail("subscribers", this.listeners.size()).build();
	}

}
