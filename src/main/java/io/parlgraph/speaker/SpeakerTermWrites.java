package io.parlgraph.speaker;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates and updates speakers' terms of office, in the caller's transaction. A term's slug is
 * made when it is created, from the speaker's and the parliament's slugs and the first year
 * ({@code sahiba-gafarova-milli-majlis-2020}), and then stays.
 */
@Component
class SpeakerTermWrites {

	private final SpeakerTermRepository terms;

	private final StoredFacts facts;

	SpeakerTermWrites(SpeakerTermRepository terms, StoredFacts facts) {
		this.terms = terms;
		this.facts = facts;
	}

	SpeakerTerm create(SpeakerTermInput input, UserErrors errors) {
		return this.terms.save(errors.orThrow(checked(input, null, errors)));
	}

	SpeakerTerm update(UpdateSpeakerTermInput input, UserErrors errors) {
		SpeakerTerm stored = this.facts.toUpdate(SpeakerTerm.class, input.id(), input.version());
		SpeakerTermInput merged = new SpeakerTermInput(
				Patch.required(input.speaker(), GlobalId.encode("Speaker", stored.getSpeakerId()), errors, "input",
						"speaker"),
				Patch.required(input.parliament(), GlobalId.encode("Parliament", stored.getParliamentId()), errors,
						"input", "parliament"),
				Patch.required(input.title(), stored.getTitle(), errors, "input", "title"),
				Patch.required(input.startDate(), stored.getStartDate(), errors, "input", "startDate"),
				Patch.or(input.endDate(), stored.getEndDate()));
		stored.update(errors.orThrow(checked(merged, stored, errors)));
		return stored;
	}

	/** The term the input describes, not saved; null (with errors) if the input is bad. */
	private @Nullable SpeakerTerm checked(SpeakerTermInput input, @Nullable SpeakerTerm self, UserErrors errors) {
		int errorsBefore = errors.count();
		Speaker speaker = this.facts.reference(Speaker.class, input.speaker(), errors, "input", "speaker");
		Parliament parliament = this.facts.reference(Parliament.class, input.parliament(), errors, "input",
				"parliament");
		String title = errors.required(input.title(), 500, "input", "title");
		errors.endNotBefore(input.startDate(), input.endDate(), "input", "endDate");
		if (errors.count() > errorsBefore || speaker == null || parliament == null) {
			return null;
		}
		String slug = (self != null) ? self.getSlug() : Slugs.free(taken -> this.terms.findBySlug(taken).isPresent(),
				speaker.getSlug(), parliament.getSlug(), input.startDate().getYear());
		return new SpeakerTerm(slug, speaker.getId(), parliament.getId(), title, input.startDate(), input.endDate());
	}

}
