package io.parlgraph.speaker;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates and updates speakers with their names, in the caller's transaction, searchable
 * at once.
 */
@Component
public class SpeakerWrites extends FactWrites<Speaker, SpeakerInput> {

	private final SpeakerRepository speakers;

	private final SpeakerNameRepository names;

	SpeakerWrites(SpeakerRepository speakers, SpeakerNameRepository names, StoredFacts facts,
			EntityManager entityManager, SearchIndex searchIndex) {
		super(Speaker.class, speakers, searchIndex.of(SearchableType.SPEAKER), Speaker::update, facts, entityManager);
		this.speakers = speakers;
		this.names = names;
	}

	/**
	 * The stored speaker with the input's slug, or else a new one; null (with errors) if
	 * the input is bad.
	 */
	public @Nullable Speaker findOrCreate(SpeakerInput input, UserErrors errors, String... at) {
		return findOrCreate(() -> this.speakers.findBySlug(input.slug()), input, errors, at);
	}

	Speaker update(UpdateSpeakerInput input, UserErrors errors) {
		Speaker stored = toUpdate(input.id(), input.version());
		List<SpeakerName> storedNames = this.names.findBySpeakerIdIn(List.of(stored.getId()));
		SpeakerInput merged = new SpeakerInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.name(), stored.getName(), errors, "input", "name"),
				Patch.required(input.country(), stored.getCountry(), errors, "input", "country"),
				Patch.required(input.names(), storedNames.stream().map(SpeakerWrites::asInput).toList(), errors,
						"input", "names"));
		return update(stored, merged, input.names().isOmitted() ? null : storedNames, errors);
	}

	@Override
	public @Nullable Checked<Speaker> unsaved(SpeakerInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		String name = errors.required(input.name(), 500, path(at, "name"));
		LocalizedNameInput.check(input.names(), errors, at);
		if (errors.count() > errorsBefore || slug == null || name == null) {
			return null;
		}
		return new Checked<>(new Speaker(slug, name, input.country()),
				id -> input.names()
					.stream()
					.map(other -> new SpeakerName(id, other.language(), other.name().strip()))
					.toList());
	}

	@Override
	protected void checkStored(SpeakerInput input, @Nullable Speaker self, UserErrors errors, String... at) {
		this.facts.slugFree(Speaker.class, input.slug(), self, errors, path(at, "slug"));
	}

	private static LocalizedNameInput asInput(SpeakerName name) {
		return new LocalizedNameInput(name.getLanguage(), name.getName(), null);
	}

}
