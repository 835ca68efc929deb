package io.parlgraph.speaker;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.Patch;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates and updates speakers, in the caller's transaction, searchable at once. */
@Component
public class SpeakerWrites {

	private final SpeakerRepository speakers;

	private final SpeakerNameRepository names;

	private final EntityManager entityManager;

	private final StoredFacts facts;

	private final SearchIndex searchIndex;

	SpeakerWrites(SpeakerRepository speakers, SpeakerNameRepository names, EntityManager entityManager,
			StoredFacts facts, SearchIndex searchIndex) {
		this.speakers = speakers;
		this.names = names;
		this.entityManager = entityManager;
		this.facts = facts;
		this.searchIndex = searchIndex;
	}

	/** The stored speaker with the input's slug, or else a new one; null (with errors) if the input is bad. */
	public @Nullable Speaker findOrCreate(SpeakerInput input, UserErrors errors, String... at) {
		return this.facts.findOrCreate(() -> this.speakers.findBySlug(input.slug()),
				checks -> create(input, checks, at), errors);
	}

	/** A new speaker; null (with errors) if the input is bad or the slug is taken. */
	public @Nullable Speaker create(SpeakerInput input, UserErrors errors, String... at) {
		Speaker speaker = checked(input, null, errors, at);
		if (speaker == null) {
			return null;
		}
		this.speakers.save(speaker);
		saveNames(speaker, input.names());
		this.searchIndex.index(SearchableType.SPEAKER, List.of(speaker.getId()));
		return speaker;
	}

	/** The speaker with the input's changes; refuses them (user errors) if they are bad. */
	Speaker update(UpdateSpeakerInput input, UserErrors errors) {
		Speaker stored = this.facts.toUpdate(Speaker.class, input.id(), input.version());
		List<SpeakerName> storedNames = this.names.findBySpeakerIdIn(List.of(stored.getId()));
		SpeakerInput merged = new SpeakerInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.name(), stored.getName(), errors, "input", "name"),
				Patch.required(input.country(), stored.getCountry(), errors, "input", "country"),
				Patch.required(input.names(), storedNames.stream().map(SpeakerWrites::asInput).toList(), errors,
						"input", "names"));
		stored.update(errors.orThrow(checked(merged, stored, errors, "input")));
		if (!input.names().isOmitted()) {
			// the old names go first: a name keeps its language as key
			this.names.deleteAll(storedNames);
			this.entityManager.flush();
			saveNames(stored, merged.names());
		}
		this.searchIndex.reindex(SearchableType.SPEAKER, List.of(stored.getId()));
		return stored;
	}

	/** The speaker the input describes, not saved; null (with errors) if the input is bad. */
	private @Nullable Speaker checked(SpeakerInput input, @Nullable Speaker self, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = this.facts.slug(Speaker.class, input.slug(), self, errors, path(at, "slug"));
		String name = errors.required(input.name(), 500, path(at, "name"));
		LocalizedNameInput.check(input.names(), errors, at);
		if (errors.count() > errorsBefore) {
			return null;
		}
		return new Speaker(slug, name, input.country());
	}

	private void saveNames(Speaker speaker, List<LocalizedNameInput> names) {
		for (LocalizedNameInput other : names) {
			this.entityManager.persist(new SpeakerName(speaker.getId(), other.language(), other.name().strip()));
		}
	}

	private static LocalizedNameInput asInput(SpeakerName name) {
		return new LocalizedNameInput(name.getLanguage(), name.getName(), null);
	}

}
