package io.parlgraph.visit;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A meeting held during a visit; its participants are in {@code meeting_participant}. */
@Entity
public class Meeting extends BaseEntity {

	private String slug;

	private long visitId;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private MeetingFormat format;

	private @Nullable String summary;

	protected Meeting() {
	}

	public Meeting(String slug, long visitId, LocalDate heldOn, MeetingFormat format, @Nullable String summary) {
		this.slug = slug;
		this.visitId = visitId;
		this.heldOn = heldOn;
		this.format = format;
		this.summary = summary;
	}

	public String getSlug() {
		return this.slug;
	}

	public long getVisitId() {
		return this.visitId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public MeetingFormat getFormat() {
		return this.format;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

}
