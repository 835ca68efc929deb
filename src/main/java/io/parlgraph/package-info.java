/**
 * ParlGraph. Each subpackage is a feature or a piece of infrastructure;
 * docs/architecture.md draws which may depend on which, and {@code ArchitectureTests}
 * keeps it so.
 */
@NullMarked
package io.parlgraph;

import org.jspecify.annotations.NullMarked;
