/** The GraphiQL page, served with all its assets from the application (works offline). */
@NullMarked
package io.parlgraph.graphiql;

import org.jspecify.annotations.NullMarked;
