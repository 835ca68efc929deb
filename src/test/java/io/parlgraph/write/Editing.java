package io.parlgraph.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends the fact mutations as an editor (with the admin key, as admin implies editor) or
 * anonymously, reads facts back by ID, and counts rows.
 */
@TestComponent
public class Editing {

	/** The admin key of {@link WriteTest}s. */
	public static final String ADMIN_KEY = "test-admin-key-for-writes-0123456789";

	private final HttpGraphQlTester anonymous;

	private final HttpGraphQlTester editor;

	private final JdbcClient jdbc;

	Editing(HttpGraphQlTester graphQl, JdbcClient jdbc) {
		this.anonymous = graphQl;
		this.editor = graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY).build();
		this.jdbc = jdbc;
	}

	/** A problem the payload reports: its field path and code. */
	public record Problem(List<String> field, String code) {

		public static Problem of(String code, String... field) {
			return new Problem(List.of(field), code);
		}

	}

	/** What a mutation returned: the fact it wrote, or its user errors. */
	public record Result(GraphQlTester.Response response, String fact) {

		/** A field of the fact written, e.g. {@code names[*].name}. */
		public GraphQlTester.Path path(String field) {
			return this.response.path(this.fact + "." + field);
		}

		public String id() {
			return path("id").entity(String.class).get();
		}

		public long version() {
			return path("version").entity(Long.class).get();
		}

		/** The user errors; none if the write succeeded. */
		public List<Problem> problems() {
			return this.response.path(this.fact.substring(0, this.fact.lastIndexOf('.')) + ".userErrors")
				.entityList(Problem.class)
				.get();
		}

		/** Asserts that there were no user errors, and returns this. */
		public Result written() {
			assertThat(problems()).isEmpty();
			return this;
		}

	}

	/** {@code create<Type>(input:)} as an editor, selecting the fact's fields. */
	public Result create(String type, Map<String, ?> input, String selection) {
		return mutate("create" + type, type + "Input", input, selection);
	}

	/** {@code update<Type>(input:)} as an editor, selecting the fact's fields. */
	public Result update(String type, Map<String, ?> input, String selection) {
		return mutate("update" + type, "Update" + type + "Input", input, selection);
	}

	private Result mutate(String mutation, String inputType, Map<String, ?> input, String selection) {
		String fact = StringUtils.uncapitalize(mutation.substring("create".length()));
		GraphQlTester.Response response = this.editor.document(document(mutation, inputType, selection))
			.variable("input", input)
			.execute();
		return new Result(response, mutation + "." + fact);
	}

	/**
	 * Asserts that an anonymous caller is refused the mutation as {@code UNAUTHORIZED}.
	 */
	public void assertRefusedAnonymously(String mutation, String inputType, Map<String, ?> input) {
		this.anonymous.document(document(mutation, inputType, "id"))
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	/**
	 * A node by ID, as anyone reads it, with the fields of the selection, e.g. {@code ...
	 * on Visit { city }}.
	 */
	public GraphQlTester.Response read(String id, String selection) {
		return this.anonymous.document("query($id: ID!) { node(id: $id) { " + selection + " } }")
			.variable("id", id)
			.execute();
	}

	/** The global ID of the stored fact of the type with the slug, e.g. a seeded one. */
	public String id(String type, String slug) {
		long id = this.jdbc.sql("select id from " + SourceTables.factTable(type) + " where slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
		return GlobalId.encode(type, id);
	}

	/**
	 * How many rows the tables hold together, e.g. a fact's table and the tables of its
	 * parts.
	 */
	public long count(String... tables) {
		long rows = 0;
		for (String table : tables) {
			rows += this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
		}
		return rows;
	}

	/** The input with one field replaced. */
	public static Map<String, @Nullable Object> with(Map<String, ?> input, String field, @Nullable Object value) {
		Map<String, @Nullable Object> changed = new HashMap<>(input);
		changed.put(field, value);
		return changed;
	}

	/**
	 * The IDs of the facts of the type ({@code SPEAKER}) that {@code search} finds for
	 * the query, best first.
	 */
	public List<String> found(String type, String query) {
		return this.anonymous
			.document("query($q: String!, $type: SearchableType!) {"
					+ " search(query: $q, types: [$type]) { edges { node { ... on Node { id } } } } }")
			.variable("q", query)
			.variable("type", type)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private static String document(String mutation, String inputType, String selection) {
		String fact = StringUtils.uncapitalize(mutation.substring("create".length()));
		return "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + fact + " { " + selection
				+ " } userErrors { field code message } } }";
	}

}
