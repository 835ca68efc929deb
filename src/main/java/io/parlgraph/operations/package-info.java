/**
 * Running ParlGraph in production: a log line and SQL statement count per GraphQL
 * request, and DataLoader batch-size metrics. Probes, health groups and graceful shutdown
 * are configured in {@code application.properties}: a part that must work for the
 * instance to serve adds a {@code HealthIndicator} and joins the readiness group there; a
 * part holding long-lived connections closes them in a {@code SmartLifecycle} whose phase
 * is above the web server's graceful-shutdown phase, so they close before the server
 * waits for requests in flight.
 */
@NullMarked
package io.parlgraph.operations;

import org.jspecify.annotations.NullMarked;
