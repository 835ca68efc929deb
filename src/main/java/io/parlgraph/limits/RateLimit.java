package io.parlgraph.limits;

import java.time.OffsetDateTime;

/**
 * The {@code RateLimit} GraphQL type: the client's budget as this request left it.
 *
 * @param limit points per window
 * @param cost what this request cost
 * @param used points used in the window, this request included
 * @param remaining points left in the window
 * @param resetAt when the window ends
 * @param nodeCount the most objects this request may return
 */
record RateLimit(long limit, long cost, long used, long remaining, OffsetDateTime resetAt, long nodeCount) {
}
