package io.parlgraph.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint that receives events, with where its delivery stands. The delivery columns
 * are written by {@link WebhookDispatcher} in SQL; a mutation reads the row locked, so
 * what it writes back is current.
 */
@Entity
class Webhook extends BaseEntity {

	private String url;

	private @Nullable String description;

	/** The {@code ArticleEventFilter} input, as JSON. */
	@Column(name = "event_filter")
	private String filter;

	private String secret;

	private long ownerKeyId;

	private Instant createdAt;

	private boolean enabled;

	private @Nullable Instant disabledAt;

	private @Nullable String disabledReason;

	private long deliveredUpTo;

	private int attempts;

	private @Nullable Instant failingSince;

	private Instant nextAttemptAt;

	private @Nullable String leaseOwner;

	private @Nullable Instant leaseUntil;

	protected Webhook() {
	}

	Webhook(String url, @Nullable String description, String filter, String secret, long ownerKeyId, long deliveredUpTo,
			Instant now) {
		this.url = url;
		this.description = description;
		this.filter = filter;
		this.secret = secret;
		this.ownerKeyId = ownerKeyId;
		this.createdAt = now;
		this.enabled = true;
		this.deliveredUpTo = deliveredUpTo;
		this.nextAttemptAt = now;
	}

	public String getUrl() {
		return this.url;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public String getFilter() {
		return this.filter;
	}

	public String getSecret() {
		return this.secret;
	}

	public long getOwnerKeyId() {
		return this.ownerKeyId;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt.atOffset(ZoneOffset.UTC);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public @Nullable OffsetDateTime getDisabledAt() {
		return (this.disabledAt != null) ? this.disabledAt.atOffset(ZoneOffset.UTC) : null;
	}

	public @Nullable String getDisabledReason() {
		return this.disabledReason;
	}

	public long getDeliveredUpTo() {
		return this.deliveredUpTo;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public @Nullable OffsetDateTime getFailingSince() {
		return (this.failingSince != null) ? this.failingSince.atOffset(ZoneOffset.UTC) : null;
	}

	public OffsetDateTime getNextAttemptAt() {
		return this.nextAttemptAt.atOffset(ZoneOffset.UTC);
	}

	void update(String url, @Nullable String description, String filter) {
		this.url = url;
		this.description = description;
		this.filter = filter;
	}

	void rotate(String secret) {
		this.secret = secret;
	}

	/** Delivers again, from where it stopped, at once. */
	void enable(Instant now) {
		this.enabled = true;
		this.disabledAt = null;
		this.disabledReason = null;
		this.attempts = 0;
		this.failingSince = null;
		this.nextAttemptAt = now;
	}

}
