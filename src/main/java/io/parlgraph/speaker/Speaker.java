package io.parlgraph.speaker;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A person who presides, or presided, over a parliament. Names in other languages:
 * {@link SpeakerName}.
 */
@Entity
public class Speaker extends BaseEntity {

	private String slug;

	private String name;

	@Column(name = "country_code")
	private String country;

	protected Speaker() {
	}

	public Speaker(String slug, String name, String country) {
		this.slug = slug;
		this.name = name;
		this.country = country;
	}

	/** Takes every value of the other, unsaved speaker: what an update checked. */
	public void update(Speaker changed) {
		this.slug = changed.slug;
		this.name = changed.name;
		this.country = changed.country;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getCountry() {
		return this.country;
	}

}
