package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** A news article: the source every fact in ParlGraph points back to. */
@Entity
public class Article extends BaseEntity {

	private String slug;

	private String headline;

	private String publisher;

	private String url;

	private Instant publishedAt;

	/** The offset the publisher gave, kept because PostgreSQL stores only the instant. */
	private int utcOffsetSeconds;

	private String language;

	private String body;

	private @Nullable String idempotencyKey;

	/** A hash of the publish sent with the key: a repeat under the key must match it. */
	private @Nullable String idempotencyFingerprint;

	private int revision = 1;

	private @Nullable Instant retractedAt;

	private @Nullable String retractionReason;

	protected Article() {
	}

	public Article(String slug, String headline, String publisher, String url, OffsetDateTime publishedAt,
			String language, String body) {
		this.slug = slug;
		this.headline = headline;
		this.publisher = publisher;
		this.url = url;
		this.publishedAt = publishedAt.toInstant();
		this.utcOffsetSeconds = publishedAt.getOffset().getTotalSeconds();
		this.language = language;
		this.body = body;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getUrl() {
		return this.url;
	}

	/** When it was published, at the UTC offset the publisher gave. */
	public OffsetDateTime getPublishedAt() {
		return this.publishedAt.atOffset(ZoneOffset.ofTotalSeconds(this.utcOffsetSeconds));
	}

	public String getLanguage() {
		return this.language;
	}

	public String getBody() {
		return this.body;
	}

	public int getRevision() {
		return this.revision;
	}

	public @Nullable Retraction getRetraction() {
		return (this.retractedAt != null && this.retractionReason != null)
				? new Retraction(this.retractedAt.atOffset(ZoneOffset.UTC), this.retractionReason) : null;
	}

	void setIdempotencyKey(@Nullable String idempotencyKey, String fingerprint) {
		this.idempotencyKey = idempotencyKey;
		this.idempotencyFingerprint = (idempotencyKey != null) ? fingerprint : null;
	}

	/**
	 * Whether a publish with this fingerprint, sent under this article's key, repeats the
	 * one that stored it.
	 */
	boolean isRepeatedBy(String fingerprint) {
		// articles published before fingerprints were kept have none: any payload repeats
		// them
		return this.idempotencyFingerprint == null || this.idempotencyFingerprint.equals(fingerprint);
	}

	/** Replaces the text with a new revision; returns the replaced one, to keep. */
	ArticleRevision correct(String headline, String body, Instant at, @Nullable String note) {
		ArticleRevision replaced = new ArticleRevision(getId(), this.revision, this.headline, this.body, at, note);
		this.headline = headline;
		this.body = body;
		this.revision++;
		return replaced;
	}

	void retract(String reason, Instant at) {
		this.retractedAt = at;
		this.retractionReason = reason;
	}

	/** Why and when an article was retracted (GraphQL {@code Retraction}). */
	public record Retraction(OffsetDateTime retractedAt, String reason) {
	}

}
