package io.parlgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** An article's text before a correction replaced it. Never changed once written. */
@Entity
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long articleId;

	private int revision;

	private String headline;

	private String body;

	private Instant replacedAt;

	private @Nullable String note;

	protected ArticleRevision() {
	}

	ArticleRevision(long articleId, int revision, String headline, String body, Instant replacedAt,
			@Nullable String note) {
		this.articleId = articleId;
		this.revision = revision;
		this.headline = headline;
		this.body = body;
		this.replacedAt = replacedAt;
		this.note = note;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("ArticleRevision is not saved yet");
		}
		return this.id;
	}

	public long getArticleId() {
		return this.articleId;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getBody() {
		return this.body;
	}

	public OffsetDateTime getReplacedAt() {
		return this.replacedAt.atOffset(ZoneOffset.UTC);
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
