/** Provenance: which articles report a fact, and where ({@code Sourced.sources}). */
@NullMarked
package io.parlgraph.source;

import org.jspecify.annotations.NullMarked;
