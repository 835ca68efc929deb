package io.parlgraph.visit;

import static io.parlgraph.write.UserErrors.path;

import java.util.ArrayList;
import java.util.List;

import io.parlgraph.speaker.Speaker;
import io.parlgraph.write.FactIndex;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates meetings with their participants, in the caller's transaction, for the seed and
 * the synthetic loader; no mutation writes or changes a meeting.
 */
@Component
public class MeetingWrites extends FactWrites<Meeting, MeetingInput> {

	MeetingWrites(MeetingRepository meetings, StoredFacts facts, EntityManager entityManager) {
		super(Meeting.class, meetings, FactIndex.NONE, (stored, changed) -> {
			throw new UnsupportedOperationException("No mutation changes a meeting");
		}, facts, entityManager);
	}

	@Override
	public @Nullable Checked<Meeting> unsaved(MeetingInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		Long visit = errors.id(input.visit(), "Visit", path(at, "visit"));
		errors.atMost(4000, input.summary(), path(at, "summary"));
		List<Long> participants = new ArrayList<>();
		for (int i = 0; i < input.participants().size(); i++) {
			Long speaker = errors.id(input.participants().get(i), "Speaker",
					path(at, "participants", String.valueOf(i)));
			if (speaker != null) {
				participants.add(speaker);
			}
		}
		if (errors.count() > errorsBefore || slug == null || visit == null) {
			return null;
		}
		return new Checked<>(new Meeting(slug, visit, input.heldOn(), input.format(), input.summary()),
				id -> participants.stream().map(speaker -> new MeetingParticipant(id, speaker)).toList());
	}

	@Override
	protected void checkStored(MeetingInput input, @Nullable Meeting self, UserErrors errors, String... at) {
		this.facts.slugFree(Meeting.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Visit.class, input.visit(), errors, path(at, "visit"));
		for (int i = 0; i < input.participants().size(); i++) {
			this.facts.exists(Speaker.class, input.participants().get(i), errors,
					path(at, "participants", String.valueOf(i)));
		}
	}

}
