package io.parlgraph.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves a to-one edge for a batch of parents with one lookup of all referenced rows.
 */
public final class ToOne {

	private ToOne() {
	}

	/**
	 * Maps each parent to the row its foreign key points at; parents whose key is null
	 * (or points nowhere) are left out, which GraphQL answers with {@code null}.
	 */
	public static <P, C> Map<P, C> resolve(Collection<P> parents, Function<P, Long> foreignKey,
			Function<Set<Long>, List<C>> findAllById, Function<C, Long> id) {
		Set<Long> ids = parents.stream().map(foreignKey).filter(Objects::nonNull).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, C> byId = findAllById.apply(ids).stream().collect(Collectors.toMap(id, Function.identity()));
		Map<P, C> result = new HashMap<>();
		for (P parent : parents) {
			Long key = foreignKey.apply(parent);
			C child = (key != null) ? byId.get(key) : null;
			if (child != null) {
				result.put(parent, child);
			}
		}
		return result;
	}

}
