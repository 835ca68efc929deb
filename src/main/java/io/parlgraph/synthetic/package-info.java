/**
 * Deterministic synthetic data at scale (sizes S, M, L), loaded beside the seed for
 * benchmarks, tests and trying the API on a large database.
 */
@NullMarked
package io.parlgraph.synthetic;

import org.jspecify.annotations.NullMarked;
