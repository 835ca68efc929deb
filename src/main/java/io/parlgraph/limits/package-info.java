/**
 * What one request may cost: document limits checked before validation, the node limit
 * and the per-client cost budget checked before execution, and the request timeout.
 */
@NullMarked
package io.parlgraph.limits;

import org.jspecify.annotations.NullMarked;
