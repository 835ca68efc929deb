/** What every entity shares. */
@NullMarked
package io.parlgraph.data;

import org.jspecify.annotations.NullMarked;
