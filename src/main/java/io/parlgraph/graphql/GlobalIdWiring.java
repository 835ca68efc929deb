package io.parlgraph.graphql;

import java.util.Objects;

import graphql.schema.idl.RuntimeWiring;
import io.parlgraph.data.BaseEntity;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Serves the {@code id} of every {@code Node} type as a {@link GlobalId}. */
@Component
class GlobalIdWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		GlobalId.NODE_TYPES.forEach(type -> wiring.type(type, builder -> builder.dataFetcher("id",
				env -> GlobalId.encode(type, Objects.requireNonNull(env.<BaseEntity>getSource()).getId()))));
	}

}
