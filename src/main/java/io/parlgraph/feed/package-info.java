/**
 * The article event log and the subscriptions that stream it: {@code Subscription.articlePublished}
 * and {@code Subscription.articleEvents}, live or replayed from a cursor.
 */
@NullMarked
package io.parlgraph.feed;

import org.jspecify.annotations.NullMarked;
