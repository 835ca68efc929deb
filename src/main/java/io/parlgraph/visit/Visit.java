package io.parlgraph.visit;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A speaker's visit to another parliament, maybe made for an event (its occasion). */
@Entity
public class Visit extends BaseEntity {

	private String slug;

	@Enumerated(EnumType.STRING)
	private VisitKind kind;

	private long visitorId;

	private long visitorParliamentId;

	private long hostParliamentId;

	private String city;

	@Column(name = "country_code")
	private String country;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	private @Nullable Long occasionId;

	protected Visit() {
	}

	public Visit(String slug, VisitKind kind, long visitorId, long visitorParliamentId, long hostParliamentId,
			String city, String country, LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long occasionId) {
		this.slug = slug;
		this.kind = kind;
		this.visitorId = visitorId;
		this.visitorParliamentId = visitorParliamentId;
		this.hostParliamentId = hostParliamentId;
		this.city = city;
		this.country = country;
		this.startDate = startDate;
		this.endDate = endDate;
		this.occasionId = occasionId;
	}

	/** Takes every value of the other, unsaved visit: what an update checked. */
	public void update(Visit changed) {
		this.slug = changed.slug;
		this.kind = changed.kind;
		this.visitorId = changed.visitorId;
		this.visitorParliamentId = changed.visitorParliamentId;
		this.hostParliamentId = changed.hostParliamentId;
		this.city = changed.city;
		this.country = changed.country;
		this.startDate = changed.startDate;
		this.endDate = changed.endDate;
		this.occasionId = changed.occasionId;
	}

	public String getSlug() {
		return this.slug;
	}

	public VisitKind getKind() {
		return this.kind;
	}

	public long getVisitorId() {
		return this.visitorId;
	}

	public long getVisitorParliamentId() {
		return this.visitorParliamentId;
	}

	public long getHostParliamentId() {
		return this.hostParliamentId;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountry() {
		return this.country;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public @Nullable Long getOccasionId() {
		return this.occasionId;
	}

}
