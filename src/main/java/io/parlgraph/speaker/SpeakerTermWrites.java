package io.parlgraph.speaker;

import static io.parlgraph.write.UserErrors.path;

import java.util.Optional;

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
 * slug, unless the input gives one (a loader's record does), is made when it is created,
 * from the speaker's and the parliament's slugs and the first year
 * ({@code sahiba-gafarova-milli-majlis-2020}), and then stays.
 */
@Component
public class SpeakerTermWrites extends FactWrites<SpeakerTerm, SpeakerTermInput> {

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
				Patch.or(input.endDate(), stored.getEndDate()), stored.getSlug());
		return update(stored, merged, null, errors);
	}

	@Override
	protected @Nullable Checked<SpeakerTerm> checked(SpeakerTermInput input, @Nullable SpeakerTerm self,
			UserErrors errors, String... at) {
		return super.checked((input.slug() != null) ? input : withMadeSlug(input), self, errors, at);
	}

	/**
	 * The input of a new term with the slug made for it; a speaker or parliament that is
	 * not stored stands in by its kind, as {@link #checkStored} refuses the term then.
	 */
	private SpeakerTermInput withMadeSlug(SpeakerTermInput input) {
		Optional<Speaker> speaker = this.facts.find(Speaker.class, input.speaker());
		Optional<Parliament> parliament = this.facts.find(Parliament.class, input.parliament());
		String slug = Slugs.free(taken -> this.terms.findBySlug(taken).isPresent(),
				speaker.map(Speaker::getSlug).orElse("speaker"),
				parliament.map(Parliament::getSlug).orElse("parliament"), input.startDate().getYear());
		return new SpeakerTermInput(input.speaker(), input.parliament(), input.title(), input.startDate(),
				input.endDate(), slug);
	}

	@Override
	public @Nullable Checked<SpeakerTerm> unsaved(SpeakerTermInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		Long speaker = errors.id(input.speaker(), "Speaker", path(at, "speaker"));
		Long parliament = errors.id(input.parliament(), "Parliament", path(at, "parliament"));
		String title = errors.required(input.title(), 500, path(at, "title"));
		errors.endNotBefore(input.startDate(), input.endDate(), path(at, "endDate"));
		if (errors.count() > errorsBefore || slug == null || speaker == null || parliament == null || title == null) {
			return null;
		}
		return Checked
			.withoutParts(new SpeakerTerm(slug, speaker, parliament, title, input.startDate(), input.endDate()));
	}

	@Override
	protected void checkStored(SpeakerTermInput input, @Nullable SpeakerTerm self, UserErrors errors, String... at) {
		this.facts.slugFree(SpeakerTerm.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Speaker.class, input.speaker(), errors, path(at, "speaker"));
		this.facts.exists(Parliament.class, input.parliament(), errors, path(at, "parliament"));
	}

}
