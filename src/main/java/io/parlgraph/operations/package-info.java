/**
 * Running ParlGraph in production: a log line and SQL statement count per GraphQL request, and
 * DataLoader batch-size metrics. Health groups, probes and graceful shutdown are configured in
 * {@code application.properties}.
 */
@NullMarked
package io.parlgraph.operations;

import org.jspecify.annotations.NullMarked;
