package io.parlgraph.search;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import io.parlgraph.graphql.Connections;
import io.parlgraph.graphql.Cursor;
import io.parlgraph.graphql.KeysetPages.Statement;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.search.SearchSql.Filter;
import io.parlgraph.search.SearchSql.Position;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * How {@code Query.search} is read: a page of the documents that match, best first (see
 * {@link SearchSql}).
 */
@Component
class SearchQueries {

	/** The ordering search cursors carry; their key is the score and the recency. */
	private static final String ORDERING = "SEARCH";

	private final JdbcClient jdbc;

	private final boolean postgres;

	SearchQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	Page<SearchHit> search(String query, List<SearchableType> types, @Nullable String language, Paging page) {
		SearchQuery parsed = SearchQuery.parse(query);
		Filter filter = new Filter(types, language);
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
		return Connections.of(hits, page, SearchQueries::cursor,
				() -> this.jdbc.sql(count.sql()).params(count.parameters()).query(Integer.class).single());
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
