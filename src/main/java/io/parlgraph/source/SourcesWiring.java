package io.parlgraph.source;

import java.util.List;

import graphql.schema.idl.RuntimeWiring;
import io.parlgraph.article.Article;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Serves {@code sources} on every {@code Sourced} type. Each type {@code T} keeps its
 * citations in a table
 * {@code t_source(subject_id, article_id, start_offset, end_offset)}, read in batches.
 */
@Component
class SourcesWiring implements RuntimeWiringConfigurer {

	private final RelationLoader relations;

	SourcesWiring(RelationLoader relations, BatchLoaderRegistry registry) {
		this.relations = relations;
		SourceTables.SOURCED_TYPES.forEach(type -> relations.register(registry, citationsOf(type)));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		SourceTables.SOURCED_TYPES.forEach(type -> {
			Relation<Citation> citations = citationsOf(type);
			wiring.type(type, builder -> builder.dataFetcher("sources",
					env -> this.relations.load(env, citations, env.<BaseEntity>getSource().getId(), Paging.from(env))));
		});
	}

	static Relation<Citation> citationsOf(String type) {
		return new Relation<>(type + ".sources", Article.class, "article", SourceTables.of(type), "subject_id",
				"article_id", List.of("start_offset", "end_offset"),
				(article, link) -> new Citation((Article) article, toInteger(link[0]), toInteger(link[1])),
				citation -> citation.article().getId());
	}

	private static Integer toInteger(Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

}
