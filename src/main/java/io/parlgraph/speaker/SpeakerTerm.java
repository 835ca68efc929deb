package io.parlgraph.speaker;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A speaker presiding over a parliament from one day to another (open-ended while in
 * office).
 */
@Entity
public class SpeakerTerm extends BaseEntity {

	private String slug;

	private long speakerId;

	private long parliamentId;

	private String title;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	protected SpeakerTerm() {
	}

	public SpeakerTerm(String slug, long speakerId, long parliamentId, String title, LocalDate startDate,
			@Nullable LocalDate endDate) {
		this.slug = slug;
		this.speakerId = speakerId;
		this.parliamentId = parliamentId;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	/**
	 * Takes every value of the other, unsaved term but its slug, which stays: what an
	 * update checked.
	 */
	public void update(SpeakerTerm changed) {
		this.speakerId = changed.speakerId;
		this.parliamentId = changed.parliamentId;
		this.title = changed.title;
		this.startDate = changed.startDate;
		this.endDate = changed.endDate;
	}

	public String getSlug() {
		return this.slug;
	}

	public long getSpeakerId() {
		return this.speakerId;
	}

	public long getParliamentId() {
		return this.parliamentId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

}
