package io.parlgraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parlgraph.graphql.Keyset;
import io.parlgraph.graphql.KeysetPages.Statement;
import io.parlgraph.search.SearchQuery.Clause;
import io.parlgraph.search.SearchQuery.Term;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of a search over {@code search_document}. What matches is defined by
 * {@code LIKE} patterns over the folded words, which every database runs the same way. On
 * PostgreSQL, the folded words are also a {@code tsvector} column ({@code words}, GIN
 * index {@code search_document_words_idx}) that must hold every wanted word or word
 * start: for a clause of single words that says exactly what the pattern says, so the
 * pattern is left out; phrases (words in a row) and exclusions keep their pattern.
 *
 * <p>
 * The score of a row adds, for each wanted term, 2 if it matches the title (a name, a
 * headline) and 1 if it matches elsewhere. Results come best score first, then most
 * recent, then most recently indexed.
 */
final class SearchSql {

	/** Best score first, then most recent, then most recently indexed. */
	private static final Keyset ORDER = Keyset.of("m.score", "m.recency", "m.id");

	/** The indexed words, on PostgreSQL. */
	private static final String INDEXED_WORDS = "d.words";

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private SearchSql() {
	}

	/**
	 * A page of results: the rows after the cursor's position, best first, at most
	 * {@code limit}.
	 */
	static Statement page(SearchQuery query, Filter filter, @Nullable Position after, int limit, boolean postgres) {
		SearchSql sql = new SearchSql();
		String matching = sql.matching(query, filter, postgres);
		StringBuilder select = new StringBuilder("select m.* from (select d.id, d.entity_type, d.entity_id,")
			.append(" d.language, d.recency, d.title, d.body, ")
			.append(sql.score(query))
			.append(" as score from search_document d where ")
			.append(matching)
			.append(") m");
		if (after != null) {
			select.append(" where ")
				.append(ORDER.after(true, sql.parameters, after.score(), after.recency(), after.id()));
		}
		select.append(" order by ").append(ORDER.orderBy(true)).append(" limit :limit");
		sql.parameters.put("limit", limit);
		return new Statement(select.toString(), sql.parameters);
	}

	/** How many rows match. */
	static Statement count(SearchQuery query, Filter filter, boolean postgres) {
		SearchSql sql = new SearchSql();
		String matching = sql.matching(query, filter, postgres);
		return new Statement("select count(*) from search_document d where " + matching, sql.parameters);
	}

	private String matching(SearchQuery query, Filter filter, boolean postgres) {
		List<String> conditions = new ArrayList<>();
		for (Clause clause : query.clauses()) {
			if (postgres && !clause.excluded() && clause.terms().stream().allMatch(term -> term.words().size() == 1)) {
				continue;
			}
			String anyTerm = clause.terms()
				.stream()
				.map(term -> "(' ' || d.folded || ' ') like " + pattern(term))
				.collect(Collectors.joining(" or "));
			conditions.add(clause.excluded() ? "not (" + anyTerm + ")" : "(" + anyTerm + ")");
		}
		if (!filter.types().isEmpty()) {
			conditions.add("d.entity_type in ("
					+ parameter("types", filter.types().stream().map(SearchableType::name).toList()) + ")");
		}
		if (filter.language() != null) {
			conditions.add("(d.language in ('" + SearchDocument.MULTILINGUAL + "', '" + SearchDocument.UNDETERMINED
					+ "') or d.language = " + parameter("language", filter.language()) + " or d.language like "
					+ parameter("subtags", filter.language() + "-%") + ")");
		}
		if (postgres) {
			conditions.add(INDEXED_WORDS + " @@ cast(" + parameter("words", tsquery(query)) + " as tsquery)");
		}
		return String.join(" and ", conditions);
	}

	private String score(SearchQuery query) {
		List<String> terms = new ArrayList<>();
		for (Clause clause : query.wanted()) {
			for (Term term : clause.terms()) {
				String pattern = pattern(term);
				// a clause's only term matches every row found; of alternatives, some may
				// not
				String elsewhere = (clause.terms().size() == 1) ? "1"
						: "case when (' ' || d.folded || ' ') like " + pattern + " then 1 else 0 end";
				terms.add("case when (' ' || d.folded_title || ' ') like " + pattern + " then 2 else " + elsewhere
						+ " end");
			}
		}
		return String.join(" + ", terms);
	}

	/**
	 * {@code % word%} matches a word's start, {@code % some words %} whole words in a
	 * row.
	 */
	private String pattern(Term term) {
		String words = String.join(" ", term.words());
		return parameter("term", "% " + words + (term.prefix() ? "%" : " %"));
	}

	/**
	 * What every match must contain, as a {@code tsquery}: each wanted clause needs one
	 * of its terms, a term all of its words ({@code 'word':*} for a prefix). Folded words
	 * hold only letters and digits, so quoting them is safe.
	 */
	private static String tsquery(SearchQuery query) {
		return query.wanted()
			.stream()
			.map(clause -> clause.terms()
				.stream()
				.map(term -> term.words()
					.stream()
					.map(word -> "'" + word + "'" + (term.prefix() ? ":*" : ""))
					.collect(Collectors.joining(" & ", "(", ")")))
				.collect(Collectors.joining(" | ", "(", ")")))
			.collect(Collectors.joining(" & "));
	}

	private String parameter(String name, Object value) {
		String unique = name + this.parameters.size();
		this.parameters.put(unique, value);
		return ":" + unique;
	}

	/** What results may be: of some types only (all if empty), and in a language. */
	record Filter(Collection<SearchableType> types, @Nullable String language) {
	}

	/** Where a result stands in the order: its score, recency and document ID. */
	record Position(int score, int recency, long id) {
	}

}
