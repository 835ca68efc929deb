package io.parlgraph.parliament;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.jspecify.annotations.Nullable;

/** A parliament's name in one language (GraphQL {@code LocalizedName}). */
@Entity
@IdClass(ParliamentName.Key.class)
public class ParliamentName {

	@Id
	private long parliamentId;

	@Id
	private String language;

	private String name;

	private @Nullable String shortName;

	protected ParliamentName() {
	}

	public ParliamentName(long parliamentId, String language, String name, @Nullable String shortName) {
		this.parliamentId = parliamentId;
		this.language = language;
		this.name = name;
		this.shortName = shortName;
	}

	public long getParliamentId() {
		return this.parliamentId;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getShortName() {
		return this.shortName;
	}

	record Key(long parliamentId, String language) implements Serializable {
	}

}
