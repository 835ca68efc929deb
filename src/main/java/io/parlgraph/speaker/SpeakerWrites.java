package io.parlgraph.speaker;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;
import java.util.Optional;

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates speakers, in the caller's transaction, searchable at once. */
@Component
public class SpeakerWrites {

	private final SpeakerRepository speakers;

	private final EntityManager entityManager;

	private final SearchIndex searchIndex;

	SpeakerWrites(SpeakerRepository speakers, EntityManager entityManager, SearchIndex searchIndex) {
		this.speakers = speakers;
		this.entityManager = entityManager;
		this.searchIndex = searchIndex;
	}

	/** The stored speaker with the input's slug, or else a new one; null (with errors) if the input is bad. */
	public @Nullable Speaker findOrCreate(SpeakerInput input, UserErrors errors, String... at) {
		Optional<Speaker> stored = this.speakers.findBySlug(input.slug());
		return stored.isPresent() ? stored.get() : create(input, errors, at);
	}

	/** A new speaker; null (with errors) if the input is bad or the slug is taken. */
	public @Nullable Speaker create(SpeakerInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		if (slug != null && this.speakers.findBySlug(slug).isPresent()) {
			errors.add(Code.TAKEN, "Another speaker has the slug '" + slug + "'", path(at, "slug"));
		}
		String name = errors.required(input.name(), path(at, "name"));
		for (int i = 0; i < input.names().size(); i++) {
			errors.required(input.names().get(i).name(), path(at, "names", String.valueOf(i), "name"));
		}
		if (errors.count() > errorsBefore) {
			return null;
		}
		Speaker speaker = this.speakers.save(new Speaker(slug, name, input.country()));
		for (LocalizedNameInput other : input.names()) {
			this.entityManager.persist(new SpeakerName(speaker.getId(), other.language(), other.name().strip()));
		}
		this.searchIndex.index(SearchableType.SPEAKER, List.of(speaker.getId()));
		return speaker;
	}

}
