/**
 * Quotes and paraphrases, and their translations: {@code Query.quotes}, {@code Quote.*}.
 */
@NullMarked
package io.parlgraph.quote;

import org.jspecify.annotations.NullMarked;
