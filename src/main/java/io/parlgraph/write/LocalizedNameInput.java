package io.parlgraph.write;

import static io.parlgraph.write.UserErrors.path;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.parlgraph.write.UserError.Code;
import org.jspecify.annotations.Nullable;

/** A name in one language, as input (GraphQL {@code LocalizedNameInput}). */
public record LocalizedNameInput(String language, String name, @Nullable String shortName) {

	/** Checks a fact's names, at most one per language, each not blank. */
	public static void check(List<LocalizedNameInput> names, UserErrors errors, String... at) {
		Set<String> languages = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String[] name = path(at, "names", String.valueOf(i));
			errors.required(names.get(i).name(), 500, path(name, "name"));
			errors.atMost(200, names.get(i).shortName(), path(name, "shortName"));
			if (!languages.add(names.get(i).language())) {
				errors.add(Code.INVALID, "Another name has the language '" + names.get(i).language() + "'",
						path(name, "language"));
			}
		}
	}

}
