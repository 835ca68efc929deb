/**
 * What every mutation shares: user errors in the payload, one transaction per mutation,
 * and optimistic locking.
 */
@NullMarked
package io.parlgraph.write;

import org.jspecify.annotations.NullMarked;
