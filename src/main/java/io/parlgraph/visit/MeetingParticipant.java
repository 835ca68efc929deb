package io.parlgraph.visit;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A speaker who took part in a meeting. */
@Entity
@IdClass(MeetingParticipant.Key.class)
public class MeetingParticipant {

	@Id
	private long meetingId;

	@Id
	private long speakerId;

	protected MeetingParticipant() {
	}

	public MeetingParticipant(long meetingId, long speakerId) {
		this.meetingId = meetingId;
		this.speakerId = speakerId;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public long getSpeakerId() {
		return this.speakerId;
	}

	record Key(long meetingId, long speakerId) implements Serializable {
	}

}
