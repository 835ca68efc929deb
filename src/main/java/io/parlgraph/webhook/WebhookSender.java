package io.parlgraph.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.parlgraph.feed.ArticleEvent;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.webhook.WebhookClient.Attempt;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes, signs, sends and logs one message: an event ({@code webhook-id} is its cursor,
 * so a receiver can drop a repeat) or a ping. The HTTP request runs outside any
 * transaction.
 */
@Component
class WebhookSender {

	/**
	 * As the API's {@code DateTime}: seconds always written, e.g.
	 * {@code 2024-05-01T09:00:00+04:00}.
	 */
	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final WebhookClient client;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	WebhookSender(WebhookClient client, JdbcClient jdbc, EntityManager entityManager,
			PlatformTransactionManager transactionManager) {
		this.client = client;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sends the event, with the article as it is now, to the endpoint, and logs the
	 * attempt.
	 */
	WebhookDelivery send(long webhookId, String url, String secret, ArticleEvent event) {
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		data.put("cursor", event.cursor());
		data.put("kind", event.kind().name());
		data.put("occurredAt", RFC_3339.format(event.occurredAt()));
		data.put("revision", event.revision());
		data.put("reason", event.reason());
		data.put("article", article(event.articleId()));
		return deliver(webhookId, url, secret, event.sequence(), event.cursor(),
				"article." + event.kind().name().toLowerCase(), event.occurredAt(), data);
	}

	/** Sends a test message, which no event stands behind, and logs the attempt. */
	WebhookDelivery ping(long webhookId, String url, String secret) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		return deliver(webhookId, url, secret, null, "ping_" + UUID.randomUUID(), "ping", now,
				Map.of("webhook", String.valueOf(webhookId)));
	}

	private WebhookDelivery deliver(long webhookId, String url, String secret, @Nullable Long sequence,
			String messageId, String type, OffsetDateTime timestamp, Map<String, ?> data) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", type);
		message.put("timestamp", RFC_3339.format(timestamp));
		message.put("data", data);
		String body = JsonMapper.shared().writeValueAsString(message);
		Instant now = Instant.now();
		long seconds = now.getEpochSecond();
		Map<String, String> headers = Map.of("webhook-id", messageId, "webhook-timestamp", String.valueOf(seconds),
				"webhook-signature", WebhookSecret.sign(secret, messageId, seconds, body));
		Attempt attempt = this.client.post(url, headers, body);
		WebhookDelivery delivery = new WebhookDelivery(webhookId, sequence, messageId, now, attempt);
		this.transaction.executeWithoutResult(status -> this.entityManager.persist(delivery));
		return delivery;
	}

	private Map<String, @Nullable Object> article(long id) {
		return this.jdbc.sql(
				"select slug, headline, url, publisher, published_at, utc_offset_seconds, language, revision, retracted_at"
						+ " from article where id = ?")
			.param(id)
			.query((rs, row) -> {
				Map<String, @Nullable Object> article = new LinkedHashMap<>();
				article.put("id", GlobalId.encode("Article", id));
				article.put("slug", rs.getString("slug"));
				article.put("headline", rs.getString("headline"));
				article.put("url", rs.getString("url"));
				article.put("publisher", rs.getString("publisher"));
				article.put("publishedAt", RFC_3339.format(rs.getObject("published_at", OffsetDateTime.class)
					.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt("utc_offset_seconds")))));
				article.put("language", rs.getString("language"));
				article.put("revision", rs.getInt("revision"));
				article.put("retracted", rs.getObject("retracted_at") != null);
				return article;
			})
			.single();
	}

}
