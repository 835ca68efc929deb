package io.parlgraph.visit;

import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a visit (GraphQL {@code UpdateVisitInput}): what is left out stays as it is.
 */
public record UpdateVisitInput(String id, long version, ArgumentValue<String> slug, ArgumentValue<VisitKind> kind,
		ArgumentValue<String> visitor, ArgumentValue<String> visitorParliament, ArgumentValue<String> hostParliament,
		ArgumentValue<String> city, ArgumentValue<String> country, ArgumentValue<LocalDate> startDate,
		ArgumentValue<LocalDate> endDate, ArgumentValue<String> occasion) {
}
