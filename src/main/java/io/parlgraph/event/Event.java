package io.parlgraph.event;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** Something that happened: a session, a summit, a war, an incident. */
@Entity
public class Event extends BaseEntity {

	private String slug;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String name;

	private @Nullable String description;

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	private @Nullable String city;

	@Column(name = "country_code")
	private @Nullable String country;

	private @Nullable Long organizerId;

	protected Event() {
	}

	public Event(String slug, EventKind kind, String name, @Nullable String description, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable String city, @Nullable String country, @Nullable Long organizerId) {
		this.slug = slug;
		this.kind = kind;
		this.name = name;
		this.description = description;
		this.startDate = startDate;
		this.endDate = endDate;
		this.city = city;
		this.country = country;
		this.organizerId = organizerId;
	}

	/** Takes every value of the other, unsaved event: what an update checked. */
	public void update(Event changed) {
		this.slug = changed.slug;
		this.kind = changed.kind;
		this.name = changed.name;
		this.description = changed.description;
		this.startDate = changed.startDate;
		this.endDate = changed.endDate;
		this.city = changed.city;
		this.country = changed.country;
		this.organizerId = changed.organizerId;
	}

	public String getSlug() {
		return this.slug;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public @Nullable LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public @Nullable Long getOrganizerId() {
		return this.organizerId;
	}

}
