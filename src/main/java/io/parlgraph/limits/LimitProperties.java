package io.parlgraph.limits;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one request may ask for, and the per-client cost budget.
 *
 * @param maxBodySize the largest request body (and document) accepted
 * @param maxTokens the most tokens (names, punctuation, values) a document may have
 * @param maxDepth how deeply fields may nest: room for eight hops through connections
 * (connection, edges, node) down to a leaf field; introspection fields are left to
 * graphql-java's own checks
 * @param maxAliases the most aliases an operation may use
 * @param maxRootFields the most root fields an operation may select
 * @param maxSelectionFields the most fields one selection set may select, repeats
 * included: graphql-java merges a field selected n times in time quadratic in n, for
 * every object
 * @param maxDirectives the most directives an operation may use
 * @param maxNodes the most objects an operation may return, estimated from its page sizes
 * @param requestTimeout how long a request may run before it is cancelled
 * @param documentCacheSize how much document text the parsed-document cache may hold
 * @param rateLimit the per-client cost budget
 */
@ConfigurationProperties("parlgraph.limits")
public record LimitProperties(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("5000") int maxTokens,
		@DefaultValue("25") int maxDepth, @DefaultValue("15") int maxAliases, @DefaultValue("20") int maxRootFields,
		@DefaultValue("100") int maxSelectionFields, @DefaultValue("50") int maxDirectives,
		@DefaultValue("50000") long maxNodes, @DefaultValue("10s") Duration requestTimeout,
		@DefaultValue("10MB") DataSize documentCacheSize, @DefaultValue RateLimit rateLimit) {

	/**
	 * The cost budget: each client (an API key, else an IP address) may spend so many
	 * points per window; a request costs at least one point.
	 *
	 * @param enabled whether budgets are enforced
	 * @param points the budget of a client without an API key
	 * @param apiKeyPoints the budget of each API key
	 * @param window how long a budget lasts before it refills
	 * @param apiKeys the API keys clients may send in {@code X-API-Key}; any other key is
	 * refused
	 * @param maxClients the most clients tracked at once (the least recently seen are
	 * forgotten)
	 * @param freeDatabaseTime how long a request's SQL statements may take in all before
	 * the database time is charged
	 * @param databaseTimePerPoint the database time, beyond the free time, that costs one
	 * point
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("5000") long points,
			@DefaultValue("20000") long apiKeyPoints, @DefaultValue("1h") Duration window,
			@DefaultValue Set<String> apiKeys, @DefaultValue("100000") long maxClients,
			@DefaultValue("100ms") Duration freeDatabaseTime, @DefaultValue("10ms") Duration databaseTimePerPoint) {
	}

}
