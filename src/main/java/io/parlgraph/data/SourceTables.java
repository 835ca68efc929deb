package io.parlgraph.data;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where each kind of fact keeps its provenance: a table
 * {@code <type>_source(subject_id, article_id, start_offset, end_offset)} per type.
 */
public final class SourceTables {

	/** The GraphQL types that implement {@code Sourced}. */
	public static final List<String> SOURCED_TYPES = List.of("Parliament", "Speaker", "SpeakerTerm", "Event", "Visit",
			"Meeting", "Protocol", "Quote");

	private SourceTables() {
	}

	/**
	 * The citation table of a type, e.g. {@code speaker_term_source} for
	 * {@code SpeakerTerm}.
	 */
	public static String of(String type) {
		return factTable(type) + "_source";
	}

	/**
	 * Records that the article states the fact (of the type), in the passage between the
	 * offsets, if given.
	 */
	public static void cite(JdbcClient jdbc, String type, long subjectId, long articleId, @Nullable Integer start,
			@Nullable Integer end) {
		jdbc.sql("insert into " + of(type) + " (subject_id, article_id, start_offset, end_offset) values (?, ?, ?, ?)")
			.params(subjectId, articleId, start, end)
			.update();
	}

	/**
	 * The table of a sourced type's rows, e.g. {@code speaker_term} for
	 * {@code SpeakerTerm}.
	 */
	public static String factTable(String type) {
		return type.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
