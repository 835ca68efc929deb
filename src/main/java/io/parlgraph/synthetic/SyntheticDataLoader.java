package io.parlgraph.synthetic;

import java.lang.management.ManagementFactory;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import io.parlgraph.article.Article;
import io.parlgraph.article.NewArticle;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.event.Event;
import io.parlgraph.event.EventInput;
import io.parlgraph.event.EventWrites;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentInput;
import io.parlgraph.parliament.ParliamentName;
import io.parlgraph.parliament.ParliamentWrites;
import io.parlgraph.protocol.Protocol;
import io.parlgraph.protocol.ProtocolInput;
import io.parlgraph.protocol.ProtocolInput.ProtocolPartyInput;
import io.parlgraph.protocol.ProtocolParty;
import io.parlgraph.protocol.ProtocolWrites;
import io.parlgraph.quote.Quote;
import io.parlgraph.quote.QuoteInput;
import io.parlgraph.quote.QuoteWrites;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerInput;
import io.parlgraph.speaker.SpeakerName;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTermInput;
import io.parlgraph.speaker.SpeakerTermWrites;
import io.parlgraph.speaker.SpeakerWrites;
import io.parlgraph.synthetic.SyntheticData.ArticleRow;
import io.parlgraph.synthetic.SyntheticData.EventRow;
import io.parlgraph.synthetic.SyntheticData.MeetingRow;
import io.parlgraph.synthetic.SyntheticData.ParliamentRow;
import io.parlgraph.synthetic.SyntheticData.ProtocolRow;
import io.parlgraph.synthetic.SyntheticData.QuoteRow;
import io.parlgraph.synthetic.SyntheticData.SpeakerRow;
import io.parlgraph.synthetic.SyntheticData.VisitRow;
import io.parlgraph.visit.Meeting;
import io.parlgraph.visit.MeetingInput;
import io.parlgraph.visit.MeetingParticipant;
import io.parlgraph.visit.MeetingWrites;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitInput;
import io.parlgraph.visit.VisitWrites;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.FactWrites.Checked;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads synthetic data of the size {@code parlgraph.synthetic.size} names (S, M or L) at
 * start-up, beside the seed, in one transaction, and indexes it for search. Every fact is
 * built and checked from its feature's input by the feature's {@link FactWrites#unsaved},
 * as a mutation's is, and inserted with JDBC batches rather than saved one at a time: the
 * facts it refers to are its own, and the database keeps slugs unique. Every record's
 * slug starts with {@code syn-}. Loading a size that is already loaded does nothing;
 * loading another size over it is refused.
 */
@Component
@EnableConfigurationProperties(SyntheticProperties.class)
public class SyntheticDataLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SyntheticDataLoader.class);

	/** Rows per JDBC batch. */
	private static final int BATCH = 2000;

	private static final Table<Parliament> PARLIAMENTS = new Table<>("parliament", "slug, kind, country_code, website",
			p -> new Object[] { p.getSlug(), p.getKind().name(), p.getCountry(), p.getWebsite() });

	private static final Table<ParliamentName> PARLIAMENT_NAMES = new Table<>("parliament_name",
			"parliament_id, language, name, short_name",
			n -> new Object[] { n.getParliamentId(), n.getLanguage(), n.getName(), n.getShortName() });

	private static final Table<Speaker> SPEAKERS = new Table<>("speaker", "slug, name, country_code",
			s -> new Object[] { s.getSlug(), s.getName(), s.getCountry() });

	private static final Table<SpeakerName> SPEAKER_NAMES = new Table<>("speaker_name", "speaker_id, language, name",
			n -> new Object[] { n.getSpeakerId(), n.getLanguage(), n.getName() });

	private static final Table<SpeakerTerm> TERMS = new Table<>("speaker_term",
			"slug, speaker_id, parliament_id, title, start_date, end_date", t -> new Object[] { t.getSlug(),
					t.getSpeakerId(), t.getParliamentId(), t.getTitle(), t.getStartDate(), t.getEndDate() });

	private static final Table<Event> EVENTS = new Table<>("event",
			"slug, kind, name, description, start_date, end_date, city, country_code, organizer_id",
			e -> new Object[] { e.getSlug(), e.getKind().name(), e.getName(), e.getDescription(), e.getStartDate(),
					e.getEndDate(), e.getCity(), e.getCountry(), e.getOrganizerId() });

	private static final Table<Visit> VISITS = new Table<>("visit",
			"slug, kind, visitor_id, visitor_parliament_id, host_parliament_id, city, country_code, start_date,"
					+ " end_date, occasion_id",
			v -> new Object[] { v.getSlug(), v.getKind().name(), v.getVisitorId(), v.getVisitorParliamentId(),
					v.getHostParliamentId(), v.getCity(), v.getCountry(), v.getStartDate(), v.getEndDate(),
					v.getOccasionId() });

	private static final Table<Meeting> MEETINGS = new Table<>("meeting", "slug, visit_id, held_on, format, summary",
			m -> new Object[] { m.getSlug(), m.getVisitId(), m.getHeldOn(), m.getFormat().name(), m.getSummary() });

	private static final Table<MeetingParticipant> PARTICIPANTS = new Table<>("meeting_participant",
			"meeting_id, speaker_id", p -> new Object[] { p.getMeetingId(), p.getSpeakerId() });

	private static final Table<Protocol> PROTOCOLS = new Table<>("protocol",
			"slug, kind, title, signed_on, city, country_code, visit_id", r -> new Object[] { r.getSlug(),
					r.getKind().name(), r.getTitle(), r.getSignedOn(), r.getCity(), r.getCountry(), r.getVisitId() });

	private static final Table<ProtocolParty> PARTIES = new Table<>("protocol_party",
			"protocol_id, party_no, country_code, parliament_id, signatory_id, signatory_name, signatory_title",
			p -> new Object[] { p.getProtocolId(), p.getPartyNo(), p.getCountry(), p.getParliamentId(),
					p.getSignatoryId(), p.getSignatoryName(), p.getSignatoryTitle() });

	private static final Table<Quote> QUOTES = new Table<>("quote",
			"slug, speaker_id, content, language, kind, medium, said_on, url, visit_id, translation_of_id",
			q -> new Object[] { q.getSlug(), q.getSpeakerId(), q.getText(), q.getLanguage(), q.getKind().name(),
					q.getMedium().name(), q.getSaidOn(), q.getUrl(), q.getVisitId(), q.getTranslationOfId() });

	/**
	 * Articles are records, as the seed's are, not news: they are built as every writer
	 * builds one ({@link NewArticle}), not published (see {@code docs/architecture.md}).
	 */
	private static final Table<Article> ARTICLES = new Table<>("article",
			"slug, headline, publisher, url, published_at, utc_offset_seconds, language, body",
			a -> new Object[] { a.getSlug(), a.getHeadline(), a.getPublisher(), a.getUrl(), a.getPublishedAt(),
					a.getPublishedAt().getOffset().getTotalSeconds(), a.getLanguage(), a.getBody() });

	private final SyntheticProperties properties;

	private final JdbcTemplate jdbc;

	private final JdbcClient named;

	private final TransactionTemplate transaction;

	private final SearchIndex searchIndex;

	private final ParliamentWrites parliaments;

	private final SpeakerWrites speakers;

	private final SpeakerTermWrites terms;

	private final EventWrites events;

	private final VisitWrites visits;

	private final MeetingWrites meetings;

	private final ProtocolWrites protocols;

	private final QuoteWrites quotes;

	private final boolean postgres;

	SyntheticDataLoader(SyntheticProperties properties, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, SearchIndex searchIndex, DataSource dataSource,
			ParliamentWrites parliaments, SpeakerWrites speakers, SpeakerTermWrites terms, EventWrites events,
			VisitWrites visits, MeetingWrites meetings, ProtocolWrites protocols, QuoteWrites quotes)
			throws MetaDataAccessException {
		this.properties = properties;
		this.jdbc = jdbc;
		this.named = JdbcClient.create(jdbc);
		this.transaction = new TransactionTemplate(transactionManager);
		this.searchIndex = searchIndex;
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.terms = terms;
		this.events = events;
		this.visits = visits;
		this.meetings = meetings;
		this.protocols = protocols;
		this.quotes = quotes;
		this.postgres = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.size() != null) {
			load(this.properties.size());
		}
	}

	/** Loads the synthetic data of a size, unless it is there already. */
	public void load(Size size) {
		Integer loaded = this.jdbc.queryForObject("select count(*) from quote where slug like 'syn-quote-%'",
				Integer.class);
		if (loaded != null && loaded == size.records()) {
			logger.info("Synthetic data of size {} is loaded already", size);
			return;
		}
		if (loaded != null && loaded > 0) {
			throw new IllegalStateException("Synthetic data with " + loaded + " quotes is loaded already, not size "
					+ size + " (" + size.records() + "): load it into an empty database");
		}
		long start = System.nanoTime();
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		this.transaction.executeWithoutResult(status -> new Load(new SyntheticData(size)).run());
		if (this.postgres) {
			// fresh statistics, so the planner knows the tables' new size
			this.jdbc.execute("analyze");
		}
		logger.info("Synthetic data of size {} ({} quotes and articles) loaded in {} ms ({} ms of this thread's CPU)",
				size, size.records(), (System.nanoTime() - start) / 1_000_000,
				(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
	}

	/** One load: inserts every table in order, keeping each row's ID by its index. */
	private final class Load {

		private final SyntheticData data;

		private long[] parliamentIds = {};

		private long[] speakerIds = {};

		/** Each speaker's one term, by the speaker's index. */
		private long[] termIds = {};

		private long[] eventIds = {};

		private long[] visitIds = {};

		/** Each visit's one meeting, by the visit's index. */
		private long[] meetingIds = {};

		private long[] protocolIds = {};

		Load(SyntheticData data) {
			this.data = data;
		}

		void run() {
			List<Checked<Parliament>> parliaments = facts(this.data.parliaments, this::parliament,
					SyntheticDataLoader.this.parliaments);
			this.parliamentIds = ids(PARLIAMENTS, parliaments);
			insert(PARLIAMENT_NAMES, parts(parliaments, this.parliamentIds, ParliamentName.class));
			insert("parliament_membership", "member_id, assembly_id",
					IntStream.range(0, this.data.parliaments)
						.filter(p -> this.data.parliament(p).assembly() != null)
						.mapToObj(p -> new Object[] { this.parliamentIds[p],
								this.parliamentIds[this.data.parliament(p).assembly()] })
						.toList());
			List<Checked<Speaker>> speakers = facts(this.data.speakers(), this::speaker,
					SyntheticDataLoader.this.speakers);
			this.speakerIds = ids(SPEAKERS, speakers);
			insert(SPEAKER_NAMES, parts(speakers, this.speakerIds, SpeakerName.class));
			this.termIds = ids(TERMS, facts(this.data.speakers(), this::term, SyntheticDataLoader.this.terms));
			this.eventIds = ids(EVENTS, facts(this.data.events, this::event, SyntheticDataLoader.this.events));
			this.visitIds = ids(VISITS, facts(this.data.visits, this::visit, SyntheticDataLoader.this.visits));
			List<Checked<Meeting>> meetings = facts(this.data.visits, this::meeting, SyntheticDataLoader.this.meetings);
			this.meetingIds = ids(MEETINGS, meetings);
			insert(PARTICIPANTS, parts(meetings, this.meetingIds, MeetingParticipant.class));
			List<Checked<Protocol>> protocols = facts(this.data.protocols, this::protocol,
					SyntheticDataLoader.this.protocols);
			this.protocolIds = ids(PROTOCOLS, protocols);
			insert(PARTIES, parts(protocols, this.protocolIds, ProtocolParty.class));
			insert("protocol_reference", "protocol_id, referenced_id", IntStream.range(0, this.data.protocols)
				.filter(r -> this.data.protocol(r).references() != null)
				.mapToObj(
						r -> new Object[] { this.protocolIds[r], this.protocolIds[this.data.protocol(r).references()] })
				.toList());
			index(SearchableType.PARLIAMENT, this.parliamentIds);
			index(SearchableType.SPEAKER, this.speakerIds);
			index(SearchableType.EVENT, this.eventIds);
			index(SearchableType.PROTOCOL, this.protocolIds);
			for (int from = 0; from < this.data.records(); from += BATCH) {
				news(from, Math.min(this.data.records(), from + BATCH));
			}
		}

		private ParliamentInput parliament(int index) {
			ParliamentRow p = this.data.parliament(index);
			return new ParliamentInput(p.slug(), p.kind(), p.country(), null, names(p.names()));
		}

		private SpeakerInput speaker(int index) {
			SpeakerRow s = this.data.speaker(index);
			return new SpeakerInput(s.slug(), s.name(), s.country(), names(s.names()));
		}

		private SpeakerTermInput term(int index) {
			SpeakerRow s = this.data.speaker(index);
			return new SpeakerTermInput(id("Speaker", this.speakerIds[index]),
					id("Parliament", this.parliamentIds[s.parliament()]), s.title(), s.start(), s.end(),
					s.slug() + "-term");
		}

		private EventInput event(int index) {
			EventRow e = this.data.event(index);
			return new EventInput(e.slug(), e.kind(), e.name(), e.description(), e.start(), e.end(), e.city(),
					e.country(), id("Parliament", this.parliamentIds[e.organizer()]));
		}

		private VisitInput visit(int index) {
			VisitRow v = this.data.visit(index);
			return new VisitInput(v.slug(), v.kind(), id("Speaker", this.speakerIds[v.visitor()]),
					id("Parliament", this.parliamentIds[v.visitorParliament()]),
					id("Parliament", this.parliamentIds[v.hostParliament()]), v.city(), v.country(), v.start(), v.end(),
					(v.occasion() != null) ? id("Event", this.eventIds[v.occasion()]) : null);
		}

		private MeetingInput meeting(int index) {
			MeetingRow m = this.data.meeting(index);
			return new MeetingInput(m.slug(), id("Visit", this.visitIds[m.visit()]), m.heldOn(), m.format(),
					m.summary(), m.participants().stream().map(s -> id("Speaker", this.speakerIds[s])).toList());
		}

		private ProtocolInput protocol(int index) {
			ProtocolRow r = this.data.protocol(index);
			List<ProtocolPartyInput> parties = new ArrayList<>();
			for (int party = 0; party < r.parliaments().size(); party++) {
				int parliament = r.parliaments().get(party);
				SpeakerRow signatory = this.data.speaker(r.signatories().get(party));
				parties.add(new ProtocolPartyInput(this.data.parliament(parliament).country(),
						id("Parliament", this.parliamentIds[parliament]),
						id("Speaker", this.speakerIds[r.signatories().get(party)]), signatory.name(),
						signatory.title()));
			}
			return new ProtocolInput(r.slug(), r.kind(), r.title(), r.signedOn(), r.city(), r.country(),
					id("Visit", this.visitIds[r.visit()]), parties);
		}

		private QuoteInput quote(QuoteRow q) {
			return new QuoteInput(q.slug(), id("Speaker", this.speakerIds[q.speaker()]), q.text(), q.language(),
					q.kind(), q.medium(), q.saidOn(), q.url(),
					(q.visit() != null) ? id("Visit", this.visitIds[q.visit()]) : null, null, null);
		}

		/**
		 * Quotes and the articles that carry them, from one index up to another, with
		 * what each article reports: its quote (with the passage), the speaker and their
		 * term, both parliaments, and the visit with its meeting, occasion and document.
		 */
		private void news(int from, int to) {
			long[] speakers = this.speakerIds;
			long[] terms = this.termIds;
			long[] parliaments = this.parliamentIds;
			long[] events = this.eventIds;
			long[] visits = this.visitIds;
			long[] meetings = this.meetingIds;
			long[] protocols = this.protocolIds;
			List<QuoteRow> quoteRows = IntStream.range(from, to).mapToObj(this.data::quote).toList();
			List<ArticleRow> articleRows = IntStream.range(from, to).mapToObj(this.data::article).toList();
			long[] quotes = ids(QUOTES,
					quoteRows.stream().map(q -> built(SyntheticDataLoader.this.quotes, quote(q))).toList());
			long[] articles = insertReturningIds(ARTICLES,
					articleRows.stream().map(SyntheticDataLoader::article).toList());
			List<Object[]> quoted = new ArrayList<>();
			Map<String, List<Object[]>> mentions = Map.of("speaker_source", new ArrayList<>(), "speaker_term_source",
					new ArrayList<>(), "parliament_source", new ArrayList<>(), "event_source", new ArrayList<>(),
					"visit_source", new ArrayList<>(), "meeting_source", new ArrayList<>(), "protocol_source",
					new ArrayList<>());
			for (int i = 0; i < quotes.length; i++) {
				QuoteRow quote = quoteRows.get(i);
				int offset = articleRows.get(i).quoteOffset();
				quoted.add(new Object[] { quotes[i], articles[i], offset, offset + quote.text().length() });
				mentions.get("speaker_source").add(new Object[] { speakers[quote.speaker()], articles[i] });
				mentions.get("speaker_term_source").add(new Object[] { terms[quote.speaker()], articles[i] });
				mentions.get("parliament_source").add(new Object[] { parliaments[quote.parliament()], articles[i] });
				mentions.get("parliament_source").add(new Object[] { parliaments[quote.other()], articles[i] });
				if (quote.visit() != null) {
					mentions.get("visit_source").add(new Object[] { visits[quote.visit()], articles[i] });
					mentions.get("meeting_source").add(new Object[] { meetings[quote.visit()], articles[i] });
					Integer occasion = this.data.visit(quote.visit()).occasion();
					if (occasion != null) {
						mentions.get("event_source").add(new Object[] { events[occasion], articles[i] });
					}
					if (this.data.signedDuring(quote.visit())) {
						mentions.get("protocol_source").add(new Object[] { protocols[quote.visit() / 2], articles[i] });
					}
				}
			}
			insert("quote_source", "subject_id, article_id, start_offset, end_offset", quoted);
			mentions.forEach((table, rows) -> insert(table, "subject_id, article_id", rows));
			index(SearchableType.QUOTE, quotes);
			index(SearchableType.ARTICLE, articles);
		}

		/** The facts of records 0 to {@code count - 1}, built from their inputs. */
		private <I, E extends BaseEntity> List<Checked<E>> facts(int count, IntFunction<I> input,
				FactWrites<E, I> writes) {
			return IntStream.range(0, count).mapToObj(input).map(in -> built(writes, in)).toList();
		}

		/** Inserts the facts and returns the IDs generated for them, in order. */
		private <E extends BaseEntity> long[] ids(Table<E> table, List<Checked<E>> facts) {
			return insertReturningIds(table, facts.stream().map(Checked::fact).toList());
		}

		/** The parts of the facts, made with the facts' IDs. */
		private <P> List<P> parts(List<? extends Checked<?>> facts, long[] ids, Class<P> type) {
			List<P> parts = new ArrayList<>();
			for (int i = 0; i < facts.size(); i++) {
				facts.get(i).parts().apply(ids[i]).forEach(part -> parts.add(type.cast(part)));
			}
			return parts;
		}

		private <T> void insert(Table<T> table, List<T> rows) {
			insert(table.name(), table.columns(), rows.stream().map(table.values()).toList());
		}

		/** Inserts rows into a table with JDBC batches. */
		private void insert(String table, String columns, List<Object[]> rows) {
			String placeholders = String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
			String sql = "insert into " + table + " (" + columns + ") values (" + placeholders + ")";
			for (int from = 0; from < rows.size(); from += BATCH) {
				jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
			}
		}

		/**
		 * Inserts rows whose first column is the slug, as {@link #insert} does, and
		 * returns the IDs generated for them, in order. It reads them back by slug:
		 * asking the driver for generated keys would keep PostgreSQL's driver from
		 * turning a batch into multi-row inserts.
		 */
		private <T> long[] insertReturningIds(Table<T> table, List<T> rows) {
			List<Object[]> values = rows.stream().map(table.values()).toList();
			insert(table.name(), table.columns(), values);
			Map<String, Long> bySlug = new HashMap<>();
			for (int from = 0; from < values.size(); from += BATCH) {
				List<String> slugs = values.subList(from, Math.min(values.size(), from + BATCH))
					.stream()
					.map(row -> (String) row[0])
					.toList();
				named.sql("select slug, id from " + table.name() + " where slug in (:slugs)")
					.param("slugs", slugs)
					.query(rs -> {
						bySlug.put(rs.getString(1), rs.getLong(2));
					});
			}
			return values.stream().mapToLong(row -> bySlug.get((String) row[0])).toArray();
		}

		private void index(SearchableType type, long[] ids) {
			searchIndex.index(type, LongStream.of(ids).boxed().toList());
		}

	}

	/**
	 * The fact and its parts that the feature's checks build from the input; a record
	 * they refuse is a mistake of the generator and stops the load.
	 */
	private static <E extends BaseEntity, I> Checked<E> built(FactWrites<E, I> writes, I input) {
		return built(input, errors -> writes.unsaved(input, errors));
	}

	private static Article article(ArticleRow row) {
		NewArticle input = new NewArticle(row.slug(), row.headline(), row.publisher(), row.url(), row.publishedAt(),
				row.language(), row.body());
		return built(input, errors -> input.unsaved(errors));
	}

	private static <T> T built(Object input, Function<UserErrors, @Nullable T> check) {
		UserErrors errors = new UserErrors();
		try {
			return errors.orThrow(check.apply(errors));
		}
		catch (RejectedInputException ex) {
			throw new IllegalStateException("A synthetic record is refused: " + input + ": " + ex.errors(), ex);
		}
	}

	/** Names by language, as input. */
	private static List<LocalizedNameInput> names(Map<String, String> names) {
		return names.entrySet()
			.stream()
			.map(name -> new LocalizedNameInput(name.getKey(), name.getValue(), null))
			.toList();
	}

	private static String id(String type, long id) {
		return GlobalId.encode(type, id);
	}

	/**
	 * A table the load inserts into, with its columns and how a row's values are read, in
	 * the columns' order; the first column of a fact's table is its slug.
	 */
	private record Table<T>(String name, String columns, Function<T, Object[]> values) {
	}

}
