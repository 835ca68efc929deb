package io.parlgraph.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.parlgraph.StatementRecorder;
import io.parlgraph.StatementRecorder.Recorded;
import io.parlgraph.graphql.Cursor;
import io.parlgraph.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At size M (100,000 quotes and articles) on PostgreSQL, the statements that search, that
 * read a page 90% deep into a table, and that read a page of children for each of many
 * parents use indexes: each test runs a GraphQL query, takes the statement the
 * application prepared for it, and reads its plan with {@code EXPLAIN}.
 */
@SpringBootTest(properties = "parlgraph.synthetic.size=M")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementRecorder.Configuration.class)
@DirtiesContext
class PostgresScaleTests {

	@RegisterExtension
	static final PostgresDatabase database = new PostgresDatabase();

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private StatementRecorder recorder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@Test
	void searchReadsTheWordsIndexNotTheTable() throws SQLException {
		// language=GraphQL
		String document = """
				{ search(query: "qasimova \\"parlament diplomatiyasının\\" OR enerji", first: 20) {
				    totalCount edges { score snippet { text } node { __typename } } } }
				""";

		List<String> plans = plans(document, "search_document", 2);

		assertThat(plans).allSatisfy(plan -> assertThat(plan).contains("Bitmap Index Scan on search_document_words_idx")
			.doesNotContain("Seq Scan"));
	}

	@Test
	void pageNinetyPercentDeepReadsThePrimaryKeyFromTheCursorOn() throws SQLException {
		long id = this.jdbc.sql("select id from quote order by id offset ? rows fetch first 1 rows only")
			.param(rows("quote") * 9 / 10)
			.query(Long.class)
			.single();
		String document = "{ quotes(first: 20, after: \"" + Cursor.of(id) + "\") { edges { node { text } } } }";

		assertThat(plans(document, "quote", 1)).singleElement()
			.satisfies(plan -> assertThat(plan).contains("Index Scan using quote_pkey on quote")
				.contains("Index Cond: (id > ")
				.doesNotContain("Seq Scan"));
	}

	@Test
	void pageNinetyPercentDeepInAnotherOrderReadsItsIndexFromTheCursorOn() throws SQLException {
		var position = this.jdbc
			.sql("select said_on, id from quote order by said_on desc, id desc offset ? rows"
					+ " fetch first 1 rows only")
			.param(rows("quote") * 9 / 10)
			.query((rs, row) -> Cursor.of("SAID_ON.DESC", rs.getObject(1, LocalDate.class).toString(), rs.getLong(2)))
			.single();
		String document = "{ quotes(first: 20, orderBy: {field: SAID_ON, direction: DESC}, after: \"" + position
				+ "\") { edges { node { text saidOn } } } }";

		assertThat(plans(document, "quote", 1)).singleElement()
			.satisfies(plan -> assertThat(plan).contains("Index Scan Backward using quote_said_on_idx on quote")
				.contains("Index Cond: (said_on <= ")
				.doesNotContain("Seq Scan"));
	}

	@Test
	void articlesMentioningASpeakerNewestFirstReadIndexes() throws SQLException {
		long speaker = this.jdbc
			.sql("select subject_id from speaker_source group by subject_id order by count(*) desc"
					+ " fetch first 1 rows only")
			.query(Long.class)
			.single();
		String document = "{ articles(first: 20, filter: {mentions: [\"" + GlobalId.encode("Speaker", speaker)
				+ "\"]}, orderBy: {field: PUBLISHED_AT, direction: DESC}) { totalCount edges { node { headline } } } }";

		assertThat(plans(document, "article", 2))
			.allSatisfy(plan -> assertThat(plan).containsPattern("Index (Only )?Scan .*on speaker_source")
				.doesNotContain("Seq Scan"));
	}

	@Test
	void eachSpeakersPageOfQuotesStopsAtThePageInsteadOfSortingAllTheirQuotes() throws SQLException {
		String document = "{ speakers(first: 50) { edges { node { name"
				+ " quotes(first: 20) { edges { node { text } } } } } } }";

		assertThat(plans(document, "quote", 1)).singleElement()
			.satisfies(plan -> assertThat(plan)
				.containsPattern("Nested Loop(?s:.*)->  Limit(?s:.*)Index Scan using quote_speaker_page_idx on quote")
				.contains("Index Cond: (speaker_id = p.parent_id)")
				.doesNotContain("WindowAgg")
				.doesNotContain("Seq Scan"));
	}

	@Test
	void eachArticlesPageOfQuotesAfterACursorReadsTheLinkTableFromTheCursorOn() throws SQLException {
		String document = "{ articles(first: 20) { edges { node { quotes(first: 5, after: \"" + Cursor.of(50_000)
				+ "\") { edges { node { text } } } } } } }";

		assertThat(plans(document, "quote_source", 1)).singleElement()
			.satisfies(plan -> assertThat(plan)
				.containsPattern(
						"Nested Loop(?s:.*)->  Limit(?s:.*)Index (Only )?Scan using quote_source_article_page_idx")
				.containsPattern("Index Cond: \\(\\(article_id = p.parent_id\\) AND \\(subject_id > ")
				.doesNotContain("WindowAgg")
				.doesNotContain("Seq Scan"));
	}

	/** Runs the query, and EXPLAINs the statements it prepared that use the table. */
	private List<String> plans(String document, String table, int expected) throws SQLException {
		this.recorder.clear();
		this.graphQl.document(document).execute().errors().verify();
		List<Recorded> statements = this.recorder.statements().stream().filter(s -> s.uses(table)).toList();
		assertThat(statements).as("statements on %s", table).hasSize(expected);
		List<String> plans = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			for (Recorded statement : statements) {
				try (PreparedStatement explain = statement.replay(connection, "explain ");
						ResultSet plan = explain.executeQuery()) {
					StringBuilder lines = new StringBuilder();
					while (plan.next()) {
						lines.append(plan.getString(1)).append('\n');
					}
					plans.add(lines.toString());
				}
			}
		}
		return plans;
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
