/**
 * The GraphQL plumbing every feature uses: global IDs and {@code node}, keyset paging and
 * connections, batched relations, scalars, errors, and how a request is executed.
 */
@NullMarked
package io.parlgraph.graphql;

import org.jspecify.annotations.NullMarked;
