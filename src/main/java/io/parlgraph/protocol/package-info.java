/**
 * Signed documents, their parties and the documents they refer to:
 * {@code Query.protocols}, {@code Protocol.*}, {@code ProtocolParty.*}.
 */
@NullMarked
package io.parlgraph.protocol;

import org.jspecify.annotations.NullMarked;
