/**
 * Parliaments and assemblies, their names and memberships: {@code Query.parliaments},
 * {@code Query.parliament}, {@code Parliament.names/memberOf/members}.
 */
@NullMarked
package io.parlgraph.parliament;

import org.jspecify.annotations.NullMarked;
