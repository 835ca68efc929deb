/**
 * Bilateral relations: what two parliaments, or two countries, did together, as one
 * timeline of visits, documents, joint events and quotes ({@code Query.relation},
 * {@code Query.countryRelation}).
 */
@NullMarked
package io.parlgraph.bilateral;

import org.jspecify.annotations.NullMarked;
