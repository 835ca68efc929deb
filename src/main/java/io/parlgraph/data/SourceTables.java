package io.parlgraph.data;

import java.util.List;
import java.util.Locale;

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

	/** The citation table of a type, e.g. {@code speaker_term_source} for {@code SpeakerTerm}. */
	public static String of(String type) {
		return factTable(type) + "_source";
	}

	/** The table of a sourced type's rows, e.g. {@code speaker_term} for {@code SpeakerTerm}. */
	public static String factTable(String type) {
		return type.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
