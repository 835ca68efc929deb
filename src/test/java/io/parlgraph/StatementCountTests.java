package io.parlgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parlgraph.feed.ArticleEventKind;
import io.parlgraph.feed.EventLog;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.search.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements a query issues depend on what it asks for, not on how many rows a
 * page holds nor on how many rows the tables hold: measured for pages of 5 and 50 (2 and
 * 9 for the seed's timeline), over the seed and the synthetic data of size S, then again
 * after doubling the quotes and articles.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:h2:mem:statements;DB_CLOSE_DELAY=-1", "parlgraph.synthetic.size=S" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementRecorder.Configuration.class)
class StatementCountTests {

	/**
	 * Seven statements: the page joined with its speakers, its count, the speakers' terms
	 * and the terms' count, the terms at the time, the citations and their count.
	 */
	// language=GraphQL
	private static final String QUOTES = """
			query quotes($size: Int) {
			  quotes(first: $size, orderBy: { field: SAID_ON, direction: DESC }) { totalCount edges { node {
			    text
			    speaker { name terms(first: 2) { totalCount edges { node { title } } } }
			    speakerTerm { title }
			    sources { totalCount edges { node { passage article { headline } } } }
			  } } }
			}
			""";

	/**
	 * Eight statements: two searches and their counts, one lookup of quotes (joined with
	 * their speakers) and one of articles, and the articles' quotes and their count.
	 */
	// language=GraphQL
	private static final String SEARCH = """
			query search($size: Int) {
			  quotes: search(query: "parliament OR meclisi OR parlament", types: [QUOTE], first: $size) {
			    totalCount edges { snippet { text } node { ... on Quote { text speaker { name } } } }
			  }
			  articles: search(query: "the OR ve OR və", types: [ARTICLE], first: $size) {
			    totalCount edges { score node { ... on Article { headline quotes(first: 1) { totalCount } } } }
			  }
			}
			""";

	/**
	 * Six statements: the parliaments, the counts per kind, the page and its count, the
	 * quotes joined with their speakers, and their terms at the time.
	 */
	// language=GraphQL
	private static final String TIMELINE = """
			query timeline($size: Int, $between: [ID!]!) {
			  relation(between: $between) {
			    firstContact counts { kind count }
			    timeline(kinds: [QUOTE], first: $size) { totalCount edges { date node {
			      ... on Quote { text speaker { name } speakerTerm { title } }
			    } } }
			  }
			}
			""";

	/**
	 * Three statements: the page of the log, the articles' texts then, and the articles
	 * now.
	 */
	// language=GraphQL
	private static final String HISTORY = """
			query history($size: Int) {
			  articleEvents(first: $size) { edges { node { kind articleAtEvent { revision body } article { headline } } } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SearchIndex searchIndex;

	@Autowired
	private StatementRecorder recorder;

	@Test
	void statementsStayTheSameAsPagesAndTablesGrow() {
		Map<String, Integer> expected = Map.of(QUOTES, 7, SEARCH, 8, TIMELINE, 6);
		List<String> between = List.of(parliament("milli-majlis"), parliament("tbmm"));

		Map<String, List<Integer>> before = measure(between);
		doubleTheQuotesAndArticles();
		Map<String, List<Integer>> after = measure(between);

		expected.forEach((query, statements) -> {
			assertThat(before.get(query)).as("before growth: %s", query).containsOnly(statements);
			assertThat(after.get(query)).as("after growth: %s", query).containsOnly(statements);
		});
	}

	@Test
	void theHistoryReadsAPageOfEventsAndTheirArticlesInThreeStatementsWhateverItsSize(@Autowired EventLog log,
			@Autowired PlatformTransactionManager transactions) {
		List<Long> articles = this.jdbc.sql("select id from article order by id fetch first 60 rows only")
			.query(Long.class)
			.list();
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> articles.forEach(id -> log.append(ArticleEventKind.PUBLISHED, id, 1, "en", null)));

		List<Integer> counts = new ArrayList<>();
		for (int size : List.of(5, 50)) {
			this.recorder.clear();
			var response = this.graphQl.document(HISTORY).variable("size", size).execute();
			response.errors().verify();
			response.path("articleEvents.edges").entityList(Object.class).hasSize(size);
			counts.add(this.recorder.statements().size());
		}

		assertThat(counts).containsOnly(3);
	}

	/**
	 * Statements of each query for a small and a large page, checking the pages are that
	 * full. Each query runs once before: a document's first run reads without the
	 * request-wide session, where a node's joined to-one objects wait for their lookups.
	 */
	private Map<String, List<Integer>> measure(List<String> between) {
		Map<String, List<Integer>> counts = new LinkedHashMap<>();
		for (String query : List.of(QUOTES, SEARCH, TIMELINE)) {
			this.graphQl.document(query).variable("size", 1).variable("between", between).execute().errors().verify();
			for (int size : (query == TIMELINE) ? List.of(2, 9) : List.of(5, 50)) {
				this.recorder.clear();
				var response = this.graphQl.document(query)
					.variable("size", size)
					.variable("between", between)
					.execute();
				response.errors().verify();
				String edges = (query == QUOTES) ? "quotes.edges"
						: (query == SEARCH) ? "articles.edges" : "relation.timeline.edges";
				response.path(edges).entityList(Object.class).hasSize(size);
				counts.computeIfAbsent(query, q -> new ArrayList<>()).add(this.recorder.statements().size());
			}
		}
		return counts;
	}

	private String parliament(String slug) {
		long id = this.jdbc.sql("select id from parliament where slug = ?").param(slug).query(Long.class).single();
		return GlobalId.encode("Parliament", id);
	}

	private void doubleTheQuotesAndArticles() {
		this.jdbc
			.sql("insert into quote (slug, speaker_id, content, language, kind, medium, said_on, url, visit_id)"
					+ " select 'grown-' || slug, speaker_id, content, language, kind, medium, said_on, url, visit_id"
					+ " from quote")
			.update();
		this.jdbc
			.sql("insert into article (slug, headline, publisher, url, published_at, utc_offset_seconds,"
					+ " language, body) select 'grown-' || slug, headline, publisher, url || '#grown', published_at,"
					+ " utc_offset_seconds, language, body from article")
			.update();
		this.jdbc
			.sql("insert into quote_source (subject_id, article_id, start_offset, end_offset)"
					+ " select q2.id, a2.id, s.start_offset, s.end_offset from quote_source s"
					+ " join quote q on q.id = s.subject_id join quote q2 on q2.slug = 'grown-' || q.slug"
					+ " join article a on a.id = s.article_id join article a2 on a2.slug = 'grown-' || a.slug")
			.update();
		assertThat(this.searchIndex.indexMissing()).isGreaterThan(2000);
	}

}
