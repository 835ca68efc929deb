package io.parlgraph.webhook;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered.
 *
 * @param allowedPrivateHosts host names (as in endpoint URLs) that may resolve to
 * loopback, private, link-local or other internal addresses, for on-premise receivers;
 * every other endpoint must resolve to public addresses only
 * @param pollInterval how often each instance looks for endpoints with events due
 * @param threads the most deliveries one instance makes at once (one endpoint at a time
 * each)
 * @param connectTimeout how long to wait for an endpoint to accept the connection
 * @param readTimeout how long the whole answer may take, once connected
 * @param firstRetry the wait after the first failed attempt at an event; each further
 * failure doubles it (with up to a quarter more at random, so endpoints that failed
 * together retry apart)
 * @param maxRetryInterval the longest wait between two attempts
 * @param retryFor how long an event may keep failing before the endpoint is disabled
 * @param lease how long an instance holds an endpoint without renewing: another takes it
 * over after this if the instance dies
 */
@ConfigurationProperties("parlgraph.webhooks")
record WebhookProperties(@DefaultValue Set<String> allowedPrivateHosts, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("8") int threads, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout, @DefaultValue("10s") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetryInterval, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("60s") Duration lease) {
}
