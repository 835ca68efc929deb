package io.parlgraph.parliament;

import java.util.List;

import io.parlgraph.write.LocalizedNameInput;
import org.jspecify.annotations.Nullable;

/** A parliament to create (GraphQL {@code ParliamentInput}). */
public record ParliamentInput(String slug, ParliamentKind kind, @Nullable String country, @Nullable String website,
		List<LocalizedNameInput> names) {
}
