package io.parlgraph.apikey;

import java.util.function.Function;

import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** How API keys are read: the pages of {@code Query.apiKeys}, revoked keys included. */
@Component
class ApiKeyQueries {

	private static final Function<@Nullable OrderBy, Ordering<ApiKey>> ORDERS = Ordering.by();

	private final KeysetPages pages;

	ApiKeyQueries(KeysetPages pages) {
		this.pages = pages;
	}

	Page<ApiKey> find(Paging page) {
		return this.pages.find(ApiKey.class, "api_key", Where.all(), ORDERS.apply(null), page, ToOneSelection.NONE);
	}

}
