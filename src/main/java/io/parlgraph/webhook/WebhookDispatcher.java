package io.parlgraph.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.parlgraph.feed.ArticleEvent;
import io.parlgraph.feed.EventLog;
import io.parlgraph.feed.EventSelection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the event log to every enabled endpoint, at least once and in log order. Each
 * endpoint stores how far it got ({@code delivered_up_to}); an instance that finds events
 * due takes a lease on the endpoint (a conditional update, so of several instances
 * exactly one gets it), delivers from there, and moves the position on after each 2xx,
 * only while it still holds the lease. An event that fails stops the endpoint there: it
 * is tried again after an exponential backoff with jitter, and when it has failed for
 * {@code retry-for} the endpoint is disabled with the reason. Deliveries run on a fixed
 * number of threads, one endpoint per thread, apart from publishing: a slow endpoint
 * holds up only itself.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int PAGE = 100;

	private static final TypeReference<Map<String, Object>> FILTER = new TypeReference<>() {
	};

	/** This instance, as lease holder. */
	private final String instance = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final EventLog log;

	private final WebhookSender sender;

	private final WebhookProperties properties;

	private final Set<Long> delivering = ConcurrentHashMap.newKeySet();

	private @Nullable ScheduledExecutorService poller;

	private @Nullable ExecutorService workers;

	private volatile boolean running;

	WebhookDispatcher(JdbcClient jdbc, EventLog log, WebhookSender sender, WebhookProperties properties) {
		this.jdbc = jdbc;
		this.log = log;
		this.sender = sender;
		this.properties = properties;
	}

	/** Where an endpoint's delivery stands, as read at the start of each attempt. */
	private record State(String url, String secret, String filter, long deliveredUpTo, int attempts,
			@Nullable Instant failingSince, @Nullable String leaseOwner, boolean enabled) {
	}

	/**
	 * Takes the endpoints with events due that no instance holds, as many as there are
	 * idle threads.
	 */
	void poll() {
		try {
			int idle = this.properties.threads() - this.delivering.size();
			if (idle <= 0) {
				return;
			}
			Instant now = Instant.now();
			List<Long> due = this.jdbc.sql("""
					select id from webhook where enabled = true and next_attempt_at <= :now
					and (lease_until is null or lease_until < :now)
					and delivered_up_to < (select coalesce(max(sequence), 0) from article_event)
					order by next_attempt_at, id fetch first :idle rows only""")
				.param("now", utc(now))
				.param("idle", idle)
				.query(Long.class)
				.list();
			for (Long id : due) {
				if (!this.delivering.contains(id) && claim(id, now)) {
					this.delivering.add(id);
					this.workers.execute(() -> deliverAll(id));
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for webhook deliveries due (trying again shortly): {}", ex.toString());
		}
	}

	private boolean claim(long id, Instant now) {
		return this.jdbc.sql("""
				update webhook set lease_owner = :me, lease_until = :until
				where id = :id and enabled = true and (lease_until is null or lease_until < :now)""")
			.param("me", this.instance)
			.param("until", utc(now.plus(this.properties.lease())))
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Delivers the endpoint's due events in order, until one fails, none are left, or it
	 * is time to let go.
	 */
	private void deliverAll(long id) {
		try {
			Instant started = Instant.now();
			Duration turn = this.properties.lease().dividedBy(2);
			State state = state(id);
			while (this.running && state != null) {
				List<ArticleEvent> events = this.log.read(state.deliveredUpTo(), Long.MAX_VALUE, PAGE);
				if (events.isEmpty()) {
					return;
				}
				Predicate<ArticleEvent> matches = EventSelection
					.matching(JsonMapper.shared().readValue(state.filter(), FILTER));
				long stored = state.deliveredUpTo();
				long position = stored;
				for (ArticleEvent event : events) {
					if (matches.test(event)) {
						// what the filter passed over before it is done with
						if (position != stored && !advance(id, position)) {
							return;
						}
						state = state(id);
						if (!this.running || state == null || !state.enabled()
								|| !this.instance.equals(state.leaseOwner())) {
							return;
						}
						WebhookDelivery delivery = this.sender.send(id, state.url(), state.secret(), event);
						if (delivery.getFailure() != null) {
							failed(id, state, delivery.getFailure());
							return;
						}
						if (!advance(id, event.sequence())) {
							return;
						}
						stored = event.sequence();
						if (Duration.between(started, Instant.now()).compareTo(turn) > 0) {
							return; // let go; the next poll takes it again, here or on
									// another instance
						}
					}
					position = event.sequence();
				}
				if (position != stored && !advance(id, position)) {
					return;
				}
				state = state(id);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Delivering to webhook {} stopped (it is taken up again shortly): {}", id, ex.toString());
		}
		finally {
			release(id);
			this.delivering.remove(id);
		}
	}

	private @Nullable State state(long id) {
		return this.jdbc
			.sql("select url, secret, event_filter, delivered_up_to, attempts, failing_since, lease_owner,"
					+ " enabled from webhook where id = ?")
			.param(id)
			.query((rs, row) -> new State(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7), rs.getBoolean(8)))
			.optional()
			.orElse(null);
	}

	/**
	 * Stores that the endpoint got everything up to the sequence, if this instance still
	 * holds it.
	 */
	private boolean advance(long id, long sequence) {
		Instant now = Instant.now();
		return this.jdbc
			.sql("""
					update webhook set delivered_up_to = :sequence, attempts = 0, failing_since = null, next_attempt_at = :now,
					lease_until = :until where id = :id and lease_owner = :me and enabled = true""")
			.param("sequence", sequence)
			.param("now", utc(now))
			.param("until", utc(now.plus(this.properties.lease())))
			.param("id", id)
			.param("me", this.instance)
			.update() == 1;
	}

	/**
	 * Schedules the next attempt at the failed event, or disables the endpoint when it
	 * has failed for too long.
	 */
	private void failed(long id, State state, String failure) {
		Instant now = Instant.now();
		Instant since = (state.failingSince() != null) ? state.failingSince() : now;
		int attempts = state.attempts() + 1;
		if (Duration.between(since, now).compareTo(this.properties.retryFor()) >= 0) {
			String reason = attempts + " attempts at one event failed over " + Duration.between(since, now).toSeconds()
					+ " s; the last: " + failure;
			this.jdbc
				.sql("""
						update webhook set enabled = false, disabled_at = :now, disabled_reason = :reason, attempts = :attempts
						where id = :id and lease_owner = :me""")
				.param("now", utc(now))
				.param("reason", (reason.length() > 2000) ? reason.substring(0, 2000) : reason)
				.param("attempts", attempts)
				.param("id", id)
				.param("me", this.instance)
				.update();
			logger.warn("Disabled webhook {}: {}", id, reason);
			return;
		}
		this.jdbc.sql("""
				update webhook set attempts = :attempts, failing_since = :since, next_attempt_at = :next
				where id = :id and lease_owner = :me""")
			.param("attempts", attempts)
			.param("since", utc(since))
			.param("next", utc(now.plus(backoff(attempts))))
			.param("id", id)
			.param("me", this.instance)
			.update();
	}

	/**
	 * The wait after the n-th failure: doubling from {@code first-retry}, at most
	 * {@code max-retry-interval}, plus up to a quarter at random.
	 */
	Duration backoff(int failures) {
		Duration base = this.properties.firstRetry().multipliedBy(1L << Math.min(failures - 1, 30));
		if (base.compareTo(this.properties.maxRetryInterval()) > 0 || base.isNegative()) {
			base = this.properties.maxRetryInterval();
		}
		return base.plusMillis((long) (base.toMillis() * 0.25 * ThreadLocalRandom.current().nextDouble()));
	}

	private void release(long id) {
		try {
			this.jdbc.sql("update webhook set lease_owner = null, lease_until = null where id = ? and lease_owner = ?")
				.param(id)
				.param(this.instance)
				.update();
		}
		catch (RuntimeException ex) {
			// the lease runs out by itself
			logger.warn("Could not release webhook {} (its lease expires by itself): {}", id, ex.toString());
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	@Override
	public void start() {
		this.running = true;
		this.workers = Executors.newFixedThreadPool(this.properties.threads(),
				new CustomizableThreadFactory("webhook-delivery-"));
		this.poller = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("webhook-poller-"));
		long interval = this.properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Stops taking endpoints, and lets the deliveries under way finish (each is bounded
	 * by the timeouts).
	 */
	@Override
	public void stop() {
		this.running = false;
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
		if (this.workers != null) {
			this.workers.shutdown();
			try {
				long wait = this.properties.connectTimeout().plus(this.properties.readTimeout()).toMillis() + 1000;
				if (!this.workers.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
					this.workers.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
