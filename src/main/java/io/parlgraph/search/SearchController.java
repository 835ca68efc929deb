package io.parlgraph.search;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import graphql.relay.Edge;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Connections;
import io.parlgraph.graphql.Cursor;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages.Statement;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.search.SearchSql.Filter;
import io.parlgraph.search.SearchSql.Position;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for {@code Query.search} and its {@code SearchEdge}s. */
@Controller
class SearchController {

	/** The ordering search cursors carry; their key is the score and the recency. */
	static final String ORDERING = "SEARCH";

	private final JdbcClient jdbc;

	private final boolean postgres;

	SearchController(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	@QueryMapping
	Page<SearchHit> search(@Argument String query, @Argument @Nullable List<SearchableType> types,
			@Argument @Nullable String language, Paging page) {
		SearchQuery parsed = SearchQuery.parse(query);
		Filter filter = new Filter((types != null) ? types : List.of(), language);
		Cursor after = (page.after() != null) ? page.after().in(ORDERING) : null;
		Statement select = SearchSql.page(parsed, filter, (after != null) ? position(after) : null, page.fetchSize(),
				this.postgres);
		List<SearchHit> hits = this.jdbc.sql(select.sql()).params(select.parameters()).query((rs, row) -> {
			SearchDocument document = new SearchDocument(SearchableType.valueOf(rs.getString("entity_type")),
					rs.getLong("entity_id"), rs.getString("language"), rs.getString("title"), rs.getString("body"),
					rs.getInt("recency"));
			return new SearchHit(document, rs.getInt("score"), rs.getLong("id"), Snippet.of(document, parsed));
		}).list();
		Statement count = SearchSql.count(parsed, filter, this.postgres);
		return Connections.of(hits, page, SearchController::cursor,
				() -> this.jdbc.sql(count.sql()).params(count.parameters()).query(Integer.class).single());
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

	private static String cursor(SearchHit hit) {
		return Cursor.of(ORDERING, hit.score() + ":" + hit.document().recency(), hit.documentId());
	}

	private static Position position(Cursor cursor) {
		String[] key = cursor.key().split(":");
		try {
			return new Position(Integer.parseInt(key[0]), Integer.parseInt(key[1]), cursor.id());
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			throw cursor.malformed();
		}
	}

}
