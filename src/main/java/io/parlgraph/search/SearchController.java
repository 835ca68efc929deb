package io.parlgraph.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.relay.Edge;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for {@code Query.search} and its {@code SearchEdge}s. */
@Controller
class SearchController {

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Page<SearchHit> search(@Argument String query, @Argument @Nullable List<SearchableType> types,
			@Argument @Nullable String language, Paging page) {
		return this.queries.search(query, (types != null) ? types : List.of(), language, page);
	}

	@SchemaMapping(typeName = "SearchEdge")
	CompletableFuture<Object> node(Edge<SearchHit> edge, DataFetchingEnvironment env) {
		SearchDocument document = edge.getNode().document();
		return Nodes.load(env, new GlobalId(document.type().typeName(), document.id()));
	}

	@SchemaMapping(typeName = "SearchEdge")
	int score(Edge<SearchHit> edge) {
		return edge.getNode().score();
	}

	@SchemaMapping(typeName = "SearchEdge")
	@Nullable String language(Edge<SearchHit> edge) {
		String language = edge.getNode().document().language();
		return (language.equals(SearchDocument.MULTILINGUAL) || language.equals(SearchDocument.UNDETERMINED)) ? null
				: language;
	}

	@SchemaMapping(typeName = "SearchEdge")
	Snippet snippet(Edge<SearchHit> edge) {
		return edge.getNode().snippet();
	}

}
