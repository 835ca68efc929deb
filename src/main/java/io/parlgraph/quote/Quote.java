package io.parlgraph.quote;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Something a speaker said or wrote, verbatim or paraphrased, maybe a translation of
 * another quote.
 */
@Entity
public class Quote extends BaseEntity {

	private String slug;

	private long speakerId;

	@Column(name = "content")
	private String text;

	private String language;

	@Enumerated(EnumType.STRING)
	private QuoteKind kind;

	@Enumerated(EnumType.STRING)
	private QuoteMedium medium;

	private LocalDate saidOn;

	private @Nullable String url;

	private @Nullable Long visitId;

	private @Nullable Long translationOfId;

	protected Quote() {
	}

	public Quote(String slug, long speakerId, String text, String language, QuoteKind kind, QuoteMedium medium,
			LocalDate saidOn, @Nullable String url, @Nullable Long visitId) {
		this.slug = slug;
		this.speakerId = speakerId;
		this.text = text;
		this.language = language;
		this.kind = kind;
		this.medium = medium;
		this.saidOn = saidOn;
		this.url = url;
		this.visitId = visitId;
	}

	/** Takes every value of the other, unsaved quote: what an update checked. */
	public void update(Quote changed) {
		this.slug = changed.slug;
		this.speakerId = changed.speakerId;
		this.text = changed.text;
		this.language = changed.language;
		this.kind = changed.kind;
		this.medium = changed.medium;
		this.saidOn = changed.saidOn;
		this.url = changed.url;
		this.visitId = changed.visitId;
		this.translationOfId = changed.translationOfId;
	}

	public String getSlug() {
		return this.slug;
	}

	public long getSpeakerId() {
		return this.speakerId;
	}

	public String getText() {
		return this.text;
	}

	public String getLanguage() {
		return this.language;
	}

	public QuoteKind getKind() {
		return this.kind;
	}

	public QuoteMedium getMedium() {
		return this.medium;
	}

	public LocalDate getSaidOn() {
		return this.saidOn;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public @Nullable Long getVisitId() {
		return this.visitId;
	}

	public @Nullable Long getTranslationOfId() {
		return this.translationOfId;
	}

	/**
	 * Marks this quote as a translation of another, which may have been saved after it.
	 */
	public void setTranslationOfId(@Nullable Long translationOfId) {
		this.translationOfId = translationOfId;
	}

}
