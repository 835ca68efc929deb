/** News articles, the provenance of every fact: {@code Query.articles}. */
@NullMarked
package io.parlgraph.article;

import org.jspecify.annotations.NullMarked;
