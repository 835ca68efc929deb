/**
 * Events (sessions, summits, conflicts, incidents): {@code Query.events},
 * {@code Event.*}.
 */
@NullMarked
package io.parlgraph.event;

import org.jspecify.annotations.NullMarked;
