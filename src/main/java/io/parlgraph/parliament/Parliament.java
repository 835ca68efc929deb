package io.parlgraph.parliament;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A national parliament or an inter-parliamentary assembly. Its names live in
 * {@link ParliamentName}.
 */
@Entity
public class Parliament extends BaseEntity {

	private String slug;

	@Enumerated(EnumType.STRING)
	private ParliamentKind kind;

	@Column(name = "country_code")
	private @Nullable String country;

	private @Nullable String website;

	protected Parliament() {
	}

	public Parliament(String slug, ParliamentKind kind, @Nullable String country, @Nullable String website) {
		this.slug = slug;
		this.kind = kind;
		this.country = country;
		this.website = website;
	}

	/** Takes every value of the other, unsaved parliament: what an update checked. */
	public void update(Parliament changed) {
		this.slug = changed.slug;
		this.kind = changed.kind;
		this.country = changed.country;
		this.website = changed.website;
	}

	public String getSlug() {
		return this.slug;
	}

	public ParliamentKind getKind() {
		return this.kind;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

}
