package io.parlgraph.parliament;

import static io.parlgraph.write.UserErrors.path;

import java.util.List;

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates and updates parliaments with their names, in the caller's transaction,
 * searchable at once.
 */
@Component
public class ParliamentWrites extends FactWrites<Parliament, ParliamentInput> {

	private final ParliamentRepository parliaments;

	private final ParliamentNameRepository names;

	ParliamentWrites(ParliamentRepository parliaments, ParliamentNameRepository names, StoredFacts facts,
			EntityManager entityManager, SearchIndex searchIndex) {
		super(Parliament.class, parliaments, searchIndex.of(SearchableType.PARLIAMENT), Parliament::update, facts,
				entityManager);
		this.parliaments = parliaments;
		this.names = names;
	}

	/**
	 * The stored parliament with the input's slug, or else a new one; null (with errors)
	 * if the input is bad.
	 */
	public @Nullable Parliament findOrCreate(ParliamentInput input, UserErrors errors, String... at) {
		return findOrCreate(() -> this.parliaments.findBySlug(input.slug()), input, errors, at);
	}

	Parliament update(UpdateParliamentInput input, UserErrors errors) {
		Parliament stored = toUpdate(input.id(), input.version());
		List<ParliamentName> storedNames = this.names.findByParliamentIdIn(List.of(stored.getId()));
		ParliamentInput merged = new ParliamentInput(
				Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.or(input.country(), stored.getCountry()), Patch.or(input.website(), stored.getWebsite()),
				Patch.required(input.names(), storedNames.stream().map(ParliamentWrites::asInput).toList(), errors,
						"input", "names"));
		return update(stored, merged, input.names().isOmitted() ? null : storedNames, errors);
	}

	@Override
	public @Nullable Checked<Parliament> unsaved(ParliamentInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		if (input.names().isEmpty()) {
			errors.add(Code.REQUIRED, "Give the parliament's name in at least one language", path(at, "names"));
		}
		LocalizedNameInput.check(input.names(), errors, at);
		errors.atMost(2000, input.website(), path(at, "website"));
		if (errors.count() > errorsBefore || slug == null) {
			return null;
		}
		Parliament parliament = new Parliament(slug, input.kind(), input.country(), input.website());
		return new Checked<>(parliament,
				id -> input.names()
					.stream()
					.map(name -> new ParliamentName(id, name.language(), name.name().strip(), name.shortName()))
					.toList());
	}

	@Override
	protected void checkStored(ParliamentInput input, @Nullable Parliament self, UserErrors errors, String... at) {
		this.facts.slugFree(Parliament.class, input.slug(), self, errors, path(at, "slug"));
	}

	private static LocalizedNameInput asInput(ParliamentName name) {
		return new LocalizedNameInput(name.getLanguage(), name.getName(), name.getShortName());
	}

}
