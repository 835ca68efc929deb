package io.parlgraph.data;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

/**
 * Loads entities by ID in one statement, without HQL or criteria: Hibernate would
 * otherwise build and translate a query on every call (its plan cache does not hold
 * queries with a list parameter). One ID is Hibernate's lookup by ID, whose SQL is
 * prepared once per entity; several are its multi-ID loader, which builds its SQL from
 * the entity mapping ({@code id = any(?)}). Either way, entities the session holds
 * already are taken from it without a statement.
 */
public final class EntityLookup {

	private EntityLookup() {
	}

	/** The entities with these IDs; IDs of no row are left out. */
	public static <T> List<T> byIds(EntityManager entityManager, Class<T> entity, Collection<?> ids) {
		if (ids.size() == 1) {
			T found = entityManager.find(entity, ids.iterator().next());
			return (found != null) ? List.of(found) : List.of();
		}
		return entityManager.unwrap(Session.class)
			.findMultiple(entity, List.copyOf(ids), SessionCheckMode.ENABLED)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

}
