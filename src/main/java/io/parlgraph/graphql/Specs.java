package io.parlgraph.graphql;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** Filter building blocks for root connections: each is unrestricted when its value is absent. */
public final class Specs {

	private Specs() {
	}

	public static <T> Specification<T> equal(String attribute, @Nullable Object value) {
		return (value == null) ? Specification.unrestricted()
				: (root, query, cb) -> cb.equal(root.get(attribute), value);
	}

	public static <T, V extends Comparable<? super V>> Specification<T> atLeast(String attribute, @Nullable V value) {
		return (value == null) ? Specification.unrestricted()
				: (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), value);
	}

	public static <T, V extends Comparable<? super V>> Specification<T> atMost(String attribute, @Nullable V value) {
		return (value == null) ? Specification.unrestricted()
				: (root, query, cb) -> cb.lessThanOrEqualTo(root.get(attribute), value);
	}

	/**
	 * Rows whose ID appears in {@code link.linkAttribute} on a link row whose
	 * {@code filterAttribute} equals the value, e.g. speakers with a term in a given parliament.
	 */
	public static <T, L> Specification<T> linked(Class<L> link, String linkAttribute, String filterAttribute,
			@Nullable Object value) {
		if (value == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Subquery<Long> ids = query.subquery(Long.class);
			Root<L> linkRoot = ids.from(link);
			ids.select(linkRoot.get(linkAttribute)).where(cb.equal(linkRoot.get(filterAttribute), value));
			return root.get("id").in(ids);
		};
	}

}
