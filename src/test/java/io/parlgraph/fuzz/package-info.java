/**
 * Time-boxed fuzzing of the GraphQL endpoint with generated, mutated and garbage
 * requests.
 */
@NullMarked
package io.parlgraph.fuzz;

import org.jspecify.annotations.NullMarked;
