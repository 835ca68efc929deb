package io.parlgraph.protocol;

import java.time.LocalDate;
import java.util.List;

import io.parlgraph.protocol.ProtocolInput.ProtocolPartyInput;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a document (GraphQL {@code UpdateProtocolInput}): what is left out stays as
 * it is.
 */
public record UpdateProtocolInput(String id, long version, ArgumentValue<String> slug, ArgumentValue<ProtocolKind> kind,
		ArgumentValue<String> title, ArgumentValue<LocalDate> signedOn, ArgumentValue<String> city,
		ArgumentValue<String> country, ArgumentValue<String> visit, ArgumentValue<List<ProtocolPartyInput>> parties) {
}
