package io.parlgraph.parliament;

import java.util.List;

import io.parlgraph.write.LocalizedNameInput;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a parliament (GraphQL {@code UpdateParliamentInput}): what is left out stays
 * as it is.
 */
public record UpdateParliamentInput(String id, long version, ArgumentValue<String> slug,
		ArgumentValue<ParliamentKind> kind, ArgumentValue<String> country, ArgumentValue<String> website,
		ArgumentValue<List<LocalizedNameInput>> names) {
}
