/**
 * Visits and the meetings held during them: {@code Query.visits}, {@code Visit.*},
 * {@code Meeting.*}.
 */
@NullMarked
package io.parlgraph.visit;

import org.jspecify.annotations.NullMarked;
