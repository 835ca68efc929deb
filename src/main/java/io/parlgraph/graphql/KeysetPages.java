package io.parlgraph.graphql;

import java.util.List;
import java.util.function.ToLongFunction;

import graphql.relay.Connection;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads one page of a root connection: the filter, plus keyset bounds on {@code id}. */
public final class KeysetPages {

	private KeysetPages() {
	}

	public static <T> Connection<T> find(JpaSpecificationExecutor<T> repository, Specification<T> filter,
			Paging page, ToLongFunction<T> id) {
		Specification<T> bounded = filter;
		if (page.after() != null) {
			bounded = bounded.and((root, query, cb) -> cb.greaterThan(root.get("id"), page.after()));
		}
		if (page.before() != null) {
			bounded = bounded.and((root, query, cb) -> cb.lessThan(root.get("id"), page.before()));
		}
		Sort order = Sort.by(page.backward() ? Sort.Direction.DESC : Sort.Direction.ASC, "id");
		List<T> rows = repository.findBy(bounded, query -> query.sortBy(order).limit(page.fetchSize()).all());
		return Connections.of(rows, page, id);
	}

}
