package io.parlgraph.parliament;

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

/** Creates parliaments, in the caller's transaction, searchable at once. */
@Component
public class ParliamentWrites {

	private final ParliamentRepository parliaments;

	private final EntityManager entityManager;

	private final SearchIndex searchIndex;

	ParliamentWrites(ParliamentRepository parliaments, EntityManager entityManager, SearchIndex searchIndex) {
		this.parliaments = parliaments;
		this.entityManager = entityManager;
		this.searchIndex = searchIndex;
	}

	/** The stored parliament with the input's slug, or else a new one; null (with errors) if the input is bad. */
	public @Nullable Parliament findOrCreate(ParliamentInput input, UserErrors errors, String... at) {
		Optional<Parliament> stored = this.parliaments.findBySlug(input.slug());
		return stored.isPresent() ? stored.get() : create(input, errors, at);
	}

	/** A new parliament; null (with errors) if the input is bad or the slug is taken. */
	public @Nullable Parliament create(ParliamentInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		if (slug != null && this.parliaments.findBySlug(slug).isPresent()) {
			errors.add(Code.TAKEN, "Another parliament has the slug '" + slug + "'", path(at, "slug"));
		}
		if (input.names().isEmpty()) {
			errors.add(Code.REQUIRED, "Give the parliament's name in at least one language", path(at, "names"));
		}
		for (int i = 0; i < input.names().size(); i++) {
			errors.required(input.names().get(i).name(), path(at, "names", String.valueOf(i), "name"));
		}
		if (errors.count() > errorsBefore) {
			return null;
		}
		Parliament parliament = this.parliaments.save(new Parliament(slug, input.kind(), input.country(), input.website()));
		for (LocalizedNameInput name : input.names()) {
			this.entityManager.persist(new ParliamentName(parliament.getId(), name.language(), name.name().strip(),
					name.shortName()));
		}
		this.searchIndex.index(SearchableType.PARLIAMENT, List.of(parliament.getId()));
		return parliament;
	}
}
