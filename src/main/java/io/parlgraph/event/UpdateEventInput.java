package io.parlgraph.event;

import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to an event (GraphQL {@code UpdateEventInput}): what is left out stays as it
 * is.
 */
public record UpdateEventInput(String id, long version, ArgumentValue<String> slug, ArgumentValue<EventKind> kind,
		ArgumentValue<String> name, ArgumentValue<String> description, ArgumentValue<LocalDate> startDate,
		ArgumentValue<LocalDate> endDate, ArgumentValue<String> city, ArgumentValue<String> country,
		ArgumentValue<String> organizer) {
}
