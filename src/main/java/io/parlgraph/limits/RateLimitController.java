package io.parlgraph.limits;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code rateLimit}: what the request cost and what is left of the client's
 * budget.
 */
@Controller
class RateLimitController {

	@QueryMapping
	@Nullable RateLimit rateLimit(GraphQLContext context) {
		RequestBudget budget = context.get(RequestBudget.class);
		return (budget != null) ? budget.charged() : null;
	}

}
