package io.parlgraph.parliament;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.Patch;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates and updates parliaments, in the caller's transaction, searchable at once. */
@Component
public class ParliamentWrites {

	private final ParliamentRepository parliaments;

	private final ParliamentNameRepository names;

	private final EntityManager entityManager;

	private final StoredFacts facts;

	private final SearchIndex searchIndex;

	ParliamentWrites(ParliamentRepository parliaments, ParliamentNameRepository names, EntityManager entityManager,
			StoredFacts facts, SearchIndex searchIndex) {
		this.parliaments = parliaments;
		this.names = names;
		this.entityManager = entityManager;
		this.facts = facts;
		this.searchIndex = searchIndex;
	}

	/** The stored parliament with the input's slug, or else a new one; null (with errors) if the input is bad. */
	public @Nullable Parliament findOrCreate(ParliamentInput input, UserErrors errors, String... at) {
		return this.facts.findOrCreate(() -> this.parliaments.findBySlug(input.slug()),
				checks -> create(input, checks, at), errors);
	}

	/** A new parliament; null (with errors) if the input is bad or the slug is taken. */
	public @Nullable Parliament create(ParliamentInput input, UserErrors errors, String... at) {
		Parliament parliament = checked(input, null, errors, at);
		if (parliament == null) {
			return null;
		}
		this.parliaments.save(parliament);
		saveNames(parliament, input.names());
		this.searchIndex.index(SearchableType.PARLIAMENT, List.of(parliament.getId()));
		return parliament;
	}

	/** The parliament with the input's changes; refuses them (user errors) if they are bad. */
	Parliament update(UpdateParliamentInput input, UserErrors errors) {
		Parliament stored = this.facts.toUpdate(Parliament.class, input.id(), input.version());
		List<ParliamentName> storedNames = this.names.findByParliamentIdIn(List.of(stored.getId()));
		ParliamentInput merged = new ParliamentInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.or(input.country(), stored.getCountry()), Patch.or(input.website(), stored.getWebsite()),
				Patch.required(input.names(), storedNames.stream().map(ParliamentWrites::asInput).toList(), errors,
						"input", "names"));
		stored.update(errors.orThrow(checked(merged, stored, errors, "input")));
		if (!input.names().isOmitted()) {
			// the old names go first: a name keeps its language as key
			this.names.deleteAll(storedNames);
			this.entityManager.flush();
			saveNames(stored, merged.names());
		}
		this.searchIndex.reindex(SearchableType.PARLIAMENT, List.of(stored.getId()));
		return stored;
	}

	/** The parliament the input describes, not saved; null (with errors) if the input is bad. */
	private @Nullable Parliament checked(ParliamentInput input, @Nullable Parliament self, UserErrors errors,
			String... at) {
		int errorsBefore = errors.count();
		String slug = this.facts.slug(Parliament.class, input.slug(), self, errors, path(at, "slug"));
		if (input.names().isEmpty()) {
			errors.add(Code.REQUIRED, "Give the parliament's name in at least one language", path(at, "names"));
		}
		LocalizedNameInput.check(input.names(), errors, at);
		errors.atMost(2000, input.website(), path(at, "website"));
		if (errors.count() > errorsBefore) {
			return null;
		}
		return new Parliament(slug, input.kind(), input.country(), input.website());
	}

	private void saveNames(Parliament parliament, List<LocalizedNameInput> names) {
		for (LocalizedNameInput name : names) {
			this.entityManager.persist(new ParliamentName(parliament.getId(), name.language(), name.name().strip(),
					name.shortName()));
		}
	}

	private static LocalizedNameInput asInput(ParliamentName name) {
		return new LocalizedNameInput(name.getLanguage(), name.getName(), name.getShortName());
	}

}
