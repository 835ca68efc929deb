package io.parlgraph.protocol;

import java.time.LocalDate;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A signed document: a protocol, memorandum, declaration or agreement. Parties:
 * {@link ProtocolParty}.
 */
@Entity
public class Protocol extends BaseEntity {

	private String slug;

	@Enumerated(EnumType.STRING)
	private ProtocolKind kind;

	private String title;

	private LocalDate signedOn;

	private @Nullable String city;

	@Column(name = "country_code")
	private @Nullable String country;

	private @Nullable Long visitId;

	protected Protocol() {
	}

	public Protocol(String slug, ProtocolKind kind, String title, LocalDate signedOn, @Nullable String city,
			@Nullable String country, @Nullable Long visitId) {
		this.slug = slug;
		this.kind = kind;
		this.title = title;
		this.signedOn = signedOn;
		this.city = city;
		this.country = country;
		this.visitId = visitId;
	}

	/** Takes every value of the other, unsaved document: what an update checked. */
	public void update(Protocol changed) {
		this.slug = changed.slug;
		this.kind = changed.kind;
		this.title = changed.title;
		this.signedOn = changed.signedOn;
		this.city = changed.city;
		this.country = changed.country;
		this.visitId = changed.visitId;
	}

	public String getSlug() {
		return this.slug;
	}

	public ProtocolKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public @Nullable Long getVisitId() {
		return this.visitId;
	}

}
