package io.parlgraph.write;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Serves the object field of every {@code <Thing>Payload} type, the field named {@code <thing>}
 * ({@code ArticlePayload.article}, {@code SpeakerPayload.speaker}), from {@link Payload#result}.
 */
@Component
class PayloadWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		// nothing by type name: the wiring factory below covers every payload type
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment env) {
				String type = env.getParentType().getName();
				return type.endsWith("Payload") && env.getFieldDefinition().getName()
					.equals(StringUtils.uncapitalize(type.substring(0, type.length() - "Payload".length())));
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
				return fetching -> fetching.<Payload<?>>getSource().result();
			}

		});
	}

}
