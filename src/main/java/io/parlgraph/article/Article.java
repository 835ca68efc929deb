package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Entity;

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

}
