package io.parlgraph.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.parlgraph.event.EventKind;
import io.parlgraph.parliament.ParliamentKind;
import io.parlgraph.protocol.ProtocolKind;
import io.parlgraph.quote.QuoteKind;
import io.parlgraph.quote.QuoteMedium;
import io.parlgraph.visit.MeetingFormat;
import io.parlgraph.visit.VisitKind;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the seed files, one record per JSON object. References to other records
 * are by slug. Every component not marked {@code @Nullable} is required.
 */
final class SeedRecords {

	private SeedRecords() {
	}

	/** An article reporting a fact, and the exact passage that states it. */
	record Source(String article, @Nullable String passage) {
	}

	record ArticleRecord(String slug, String headline, String publisher, String url, OffsetDateTime publishedAt,
			String language, String body) {
	}

	record ParliamentNameRecord(String language, String name, @Nullable String shortName) {
	}

	record ParliamentRecord(String slug, ParliamentKind kind, @Nullable String country, @Nullable String website,
			List<ParliamentNameRecord> names, List<String> memberOf, List<Source> sources) {
	}

	record SpeakerNameRecord(String language, String name) {
	}

	record SpeakerRecord(String slug, String name, String country, List<SpeakerNameRecord> names,
			List<Source> sources) {
	}

	record TermRecord(String slug, String speaker, String parliament, String title, LocalDate startDate,
			@Nullable LocalDate endDate, List<Source> sources) {
	}

	record EventRecord(String slug, EventKind kind, String name, @Nullable String description,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable String city, @Nullable String country,
			@Nullable String organizer, List<Source> sources) {
	}

	record MeetingRecord(String slug, LocalDate heldOn, MeetingFormat format, @Nullable String summary,
			List<String> participants, List<Source> sources) {
	}

	record VisitRecord(String slug, VisitKind kind, String visitor, String visitorParliament, String hostParliament,
			String city, String country, LocalDate startDate, @Nullable LocalDate endDate, @Nullable String occasion,
			List<MeetingRecord> meetings, List<Source> sources) {
	}

	record PartyRecord(String country, @Nullable String parliament, @Nullable String signatory, String signatoryName,
			@Nullable String signatoryTitle) {
	}

	record ProtocolRecord(String slug, ProtocolKind kind, String title, LocalDate signedOn, @Nullable String city,
			@Nullable String country, @Nullable String visit, List<PartyRecord> parties, List<String> references,
			List<Source> sources) {
	}

	record QuoteRecord(String slug, String speaker, String text, String language, QuoteKind kind, QuoteMedium medium,
			LocalDate saidOn, @Nullable String url, @Nullable String visit, @Nullable String translationOf,
			List<Source> sources) {
	}

}
