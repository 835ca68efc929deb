package io.parlgraph.speaker;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.write.FactIndex;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates and updates speakers' terms of office, in the caller's transaction. A term's
 * slug is made when it is created, from the speaker's and the parliament's slugs and the
 * first year ({@code sahiba-gafarova-milli-majlis-2020}), and then stays.
 */
@Component
class SpeakerTermWrites extends FactWrites<SpeakerTerm, SpeakerTermInput> {

	private final SpeakerTermRepository terms;

	SpeakerTermWrites(SpeakerTermRepository terms, StoredFacts facts, EntityManager entityManager) {
		super(SpeakerTerm.class, terms, FactIndex.NONE, SpeakerTerm::update, facts, entityManager);
		this.terms = terms;
	}

	SpeakerTerm update(UpdateSpeakerTermInput input, UserErrors errors) {
		SpeakerTerm stored = toUpdate(input.id(), input.version());
		SpeakerTermInput merged = new SpeakerTermInput(
				Patch.required(input.speaker(), GlobalId.encode("Speaker", stored.getSpeakerId()), errors, "input",
						"speaker"),
				Patch.required(input.parliament(), GlobalId.encode("Parliament", stored.getParliamentId()), errors,
						"input", "parliament"),
				Patch.required(input.title(), stored.getTitle(), errors, "input", "title"),
				Patch.required(input.startDate(), stored.getStartDate(), errors, "input", "startDate"),
				Patch.or(input.endDate(), stored.getEndDate()));
		return update(stored, merged, null, errors);
	}

	@Override
	protected @Nullable Checked<SpeakerTerm> checked(SpeakerTermInput input, @Nullable SpeakerTerm self,
			UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		Speaker speaker = this.facts.reference(Speaker.class, input.speaker(), errors, path(at, "speaker"));
		Parliament parliament = this.facts.reference(Parliament.class, input.parliament(), errors,
				path(at, "parliament"));
		String title = errors.required(input.title(), 500, path(at, "title"));
		errors.endNotBefore(input.startDate(), input.endDate(), path(at, "endDate"));
		if (errors.count() > errorsBefore || speaker == null || parliament == null) {
			return null;
		}
		String slug = (self != null) ? self.getSlug() : Slugs.free(taken -> this.terms.findBySlug(taken).isPresent(),
				speaker.getSlug(), parliament.getSlug(), input.startDate().getYear());
		return Checked.withoutParts(
				new SpeakerTerm(slug, speaker.getId(), parliament.getId(), title, input.startDate(), input.endDate()));
	}

}
