package io.parlgraph.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.parlgraph.data.BaseEntity;
import io.parlgraph.webhook.WebhookClient.Attempt;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** One attempt to deliver a message to an endpoint: an entry of its delivery log. */
@Entity
class WebhookDelivery extends BaseEntity {

	private long webhookId;

	private @Nullable Long eventSequence;

	private String messageId;

	private Instant attemptedAt;

	private @Nullable Integer statusCode;

	private @Nullable String failure;

	private int durationMs;

	private @Nullable String responseBody;

	protected WebhookDelivery() {
	}

	WebhookDelivery(long webhookId, @Nullable Long eventSequence, String messageId, Instant attemptedAt,
			Attempt attempt) {
		this.webhookId = webhookId;
		this.eventSequence = eventSequence;
		this.messageId = messageId;
		this.attemptedAt = attemptedAt;
		this.statusCode = attempt.statusCode();
		this.failure = (attempt.failure() != null && attempt.failure().length() > 1000)
				? attempt.failure().substring(0, 1000) : attempt.failure();
		this.durationMs = (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis());
		this.responseBody = attempt.responseBody();
	}

	public long getWebhookId() {
		return this.webhookId;
	}

	public @Nullable Long getEventSequence() {
		return this.eventSequence;
	}

	public String getMessageId() {
		return this.messageId;
	}

	public OffsetDateTime getAttemptedAt() {
		return this.attemptedAt.atOffset(ZoneOffset.UTC);
	}

	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	public @Nullable String getFailure() {
		return this.failure;
	}

	public int getDurationMs() {
		return this.durationMs;
	}

	public @Nullable String getResponseBody() {
		return this.responseBody;
	}

}
