/**
 * Loads the seed data (one JSON file per entity kind) at start-up, in one transaction.
 */
@NullMarked
package io.parlgraph.seed;

import org.jspecify.annotations.NullMarked;
