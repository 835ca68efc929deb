/**
 * Webhooks: endpoints that receive the event log's events as signed HTTP POSTs (Standard
 * Webhooks), at least once and in log order, with retries, a delivery log, and SSRF
 * protection ({@code Mutation.createWebhook}, {@code Query.webhooks},
 * {@link io.parlgraph.webhook.WebhookDispatcher}).
 */
@NullMarked
package io.parlgraph.webhook;

import org.jspecify.annotations.NullMarked;
