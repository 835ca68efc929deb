package io.parlgraph.write;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a mutation returns: the object it wrote, or the user errors that stopped it
 * (GraphQL {@code <Thing>Payload}, whose field named after the thing
 * {@link PayloadWiring} serves from {@code result}).
 */
public record Payload<T>(@Nullable T result, List<UserError> userErrors) {

	public static <T> Payload<T> of(T result) {
		return new Payload<>(result, List.of());
	}

	public static <T> Payload<T> rejected(List<UserError> errors) {
		return new Payload<>(null, errors);
	}

}
