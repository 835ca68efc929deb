package io.parlgraph.write;

import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Serves the object field of every {@code <Thing>Payload} type, the field named
 * {@code <thing>} ({@code ArticlePayload.article}, {@code SpeakerPayload.speaker}), from
 * {@link Payload#result}. Each is registered by type and field name, not through a
 * {@code WiringFactory}, so that the schema inspection at start sees them as mapped.
 */
@Component
class PayloadWiring implements RuntimeWiringConfigurer {

	private static final String SUFFIX = "Payload";

	private List<ObjectTypeDefinition> types = List.of();

	@Override
	public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
		this.types = registry.getTypes(ObjectTypeDefinition.class);
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		for (ObjectTypeDefinition type : this.types) {
			String name = type.getName();
			if (!name.endsWith(SUFFIX)) {
				continue;
			}
			String field = StringUtils.uncapitalize(name.substring(0, name.length() - SUFFIX.length()));
			if (type.getFieldDefinitions().stream().anyMatch(definition -> definition.getName().equals(field))) {
				builder.type(name, wiring -> wiring.dataFetcher(field, env -> env.<Payload<?>>getSource().result()));
			}
		}
	}

}
