/**
 * The article event log, the subscriptions that stream it
 * ({@code Subscription.articlePublished} and {@code Subscription.articleEvents}, live or
 * replayed from a cursor) and the history that pages through it
 * ({@code Query.articleEvents}).
 */
@NullMarked
package io.parlgraph.feed;

import org.jspecify.annotations.NullMarked;
