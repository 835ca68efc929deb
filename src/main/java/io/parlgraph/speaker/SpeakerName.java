package io.parlgraph.speaker;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A speaker's name in one language (GraphQL {@code LocalizedName}). */
@Entity
@IdClass(SpeakerName.Key.class)
public class SpeakerName {

	@Id
	private long speakerId;

	@Id
	private String language;

	private String name;

	protected SpeakerName() {
	}

	public SpeakerName(long speakerId, String language, String name) {
		this.speakerId = speakerId;
		this.language = language;
		this.name = name;
	}

	public long getSpeakerId() {
		return this.speakerId;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getName() {
		return this.name;
	}

	record Key(long speakerId, String language) implements Serializable {
	}

}
