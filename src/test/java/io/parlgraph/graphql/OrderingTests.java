package io.parlgraph.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every ordering of every root connection, over the seed and the synthetic data of size
 * S: walking all pages, forwards or backwards, with page sizes drawn at random, yields
 * each row exactly once, in the order the database sorts them; rows inserted while
 * walking cause no duplicates and no gaps.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:h2:mem:ordering;DB_CLOSE_DELAY=-1", "parlgraph.synthetic.size=S" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderingTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	void addEventsWithoutADate() {
		for (int i = 0; i < 3; i++) {
			this.jdbc.sql("insert into event (slug, kind, name) values (?, 'OTHER', 'Undated')")
				.param("undated-" + i)
				.update();
		}
	}

	static Stream<Arguments> orderings() {
		List<Arguments> orderings = new ArrayList<>();
		List<List<String>> keys = List.of(List.of("articles", "article", "PUBLISHED_AT", "published_at"),
				List.of("quotes", "quote", "SAID_ON", "said_on"),
				List.of("visits", "visit", "START_DATE", "start_date"),
				List.of("protocols", "protocol", "SIGNED_ON", "signed_on"),
				List.of("events", "event", "START_DATE", "start_date"), List.of("speakers", "speaker", "NAME", "name"),
				List.of("parliaments", "parliament", "SLUG", "slug"));
		for (List<String> key : keys) {
			for (String direction : List.of("ASC", "DESC")) {
				orderings.add(arguments(key.get(0), key.get(1), "ID", "id", direction));
				orderings.add(arguments(key.get(0), key.get(1), key.get(2), key.get(3), direction));
			}
		}
		return orderings.stream();
	}

	@ParameterizedTest(name = "{0} by {2} {4}")
	@MethodSource("orderings")
	void walkingForwardYieldsEveryRowOnceInOrder(String field, String table, String orderField, String column,
			String direction) {
		List<Long> expected = sorted(table, column, direction);
		Random random = new Random(field.hashCode() + orderField.hashCode() + direction.hashCode());

		List<Long> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = page(field, orderField, direction, "first", 1 + random.nextInt(100), "after",
					after);
			walked.addAll(ids(page, field));
			hasNext = page.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path(field + ".pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(walked).hasSizeGreaterThan(2).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0} by {2} {4}")
	@MethodSource("orderings")
	void walkingBackwardYieldsEveryRowOnceInOrder(String field, String table, String orderField, String column,
			String direction) {
		List<Long> expected = sorted(table, column, direction);
		Random random = new Random(field.hashCode() - orderField.hashCode() - direction.hashCode());

		List<Long> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response page = page(field, orderField, direction, "last", 1 + random.nextInt(100), "before",
					before);
			walked.addAll(0, ids(page, field));
			hasPrevious = page.path(field + ".pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path(field + ".pageInfo.startCursor").entity(String.class).get();
		}

		assertThat(walked).containsExactlyElementsOf(expected);
	}

	@Test
	void rowsInsertedWhileWalkingCauseNoDuplicatesAndNoGaps() {
		List<Long> before = sorted("quote", "said_on", "ASC");
		long speaker = this.jdbc.sql("select min(id) from speaker").query(Long.class).single();
		LocalDate[] days = { LocalDate.of(2009, 1, 1), LocalDate.of(2017, 6, 1), LocalDate.of(2030, 1, 1) };

		List<Long> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int inserted = 0;
		while (hasNext) {
			GraphQlTester.Response page = page("quotes", "SAID_ON", "ASC", "first", 37, "after", after);
			walked.addAll(ids(page, "quotes"));
			hasNext = page.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("quotes.pageInfo.endCursor").entity(String.class).get();
			for (LocalDate day : days) {
				this.jdbc
					.sql("insert into quote (slug, speaker_id, content, language, kind, medium, said_on)"
							+ " values (?, ?, 'Inserted while walking', 'en', 'DIRECT', 'STATEMENT', ?)")
					.params("inserted-" + inserted++, speaker, day)
					.update();
			}
		}

		assertThat(walked).doesNotHaveDuplicates();
		assertThat(walked.stream().filter(before::contains).toList()).containsExactlyElementsOf(before);
		List<Long> all = sorted("quote", "said_on", "ASC");
		assertThat(walked).isSortedAccordingTo(Comparator.comparingInt(all::indexOf));
	}

	@Test
	void cursorOfAnotherOrderingIsABadRequest() {
		String byDay = page("quotes", "SAID_ON", "DESC", "first", 1, "after", null).path("quotes.pageInfo.endCursor")
			.entity(String.class)
			.get();

		page("quotes", "SAID_ON", "ASC", "first", 1, "after", byDay).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("comes from another ordering");
			}));
	}

	/** The IDs in the order the database sorts them; nulls come after every value. */
	private List<Long> sorted(String table, String column, String direction) {
		String nulls = direction.equals("ASC") ? " nulls last" : " nulls first";
		String order = column.equals("id") ? "id " + direction : column + " " + direction + nulls + ", id " + direction;
		return this.jdbc.sql("select id from " + table + " order by " + order).query(Long.class).list();
	}

	private GraphQlTester.Response page(String field, String orderField, String direction, String size, int count,
			String cursorArgument, String cursor) {
		String document = "query page($count: Int, $cursor: String) { " + field + "(orderBy: {field: " + orderField
				+ ", direction: " + direction + "}, " + size + ": $count, " + cursorArgument + ": $cursor) {"
				+ " edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
		return this.graphQl.document(document).variable("count", count).variable("cursor", cursor).execute();
	}

	private static List<Long> ids(GraphQlTester.Response page, String field) {
		List<Long> ids = new ArrayList<>();
		for (String id : page.path(field + ".edges[*].node.id").entityList(String.class).get()) {
			ids.add(GlobalId.decode(id).id());
		}
		assertThat(new LinkedHashSet<>(ids)).hasSameSizeAs(ids);
		return ids;
	}

}
