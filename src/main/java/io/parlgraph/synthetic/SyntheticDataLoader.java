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

import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.synthetic.SyntheticData.ArticleRow;
import io.parlgraph.synthetic.SyntheticData.EventRow;
import io.parlgraph.synthetic.SyntheticData.MeetingRow;
import io.parlgraph.synthetic.SyntheticData.ParliamentRow;
import io.parlgraph.synthetic.SyntheticData.ProtocolRow;
import io.parlgraph.synthetic.SyntheticData.QuoteRow;
import io.parlgraph.synthetic.SyntheticData.SpeakerRow;
import io.parlgraph.synthetic.SyntheticData.VisitRow;
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
 * start-up, beside the seed, in one transaction with JDBC batch inserts, and indexes it
 * for search. Every record's slug starts with {@code syn-}. Loading a size that is
 * already loaded does nothing; loading another size over it is refused.
 */
@Component
@EnableConfigurationProperties(SyntheticProperties.class)
public class SyntheticDataLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SyntheticDataLoader.class);

	/** Rows per JDBC batch. */
	private static final int BATCH = 2000;

	private final SyntheticProperties properties;

	private final JdbcTemplate jdbc;

	private final JdbcClient named;

	private final TransactionTemplate transaction;

	private final SearchIndex searchIndex;

	private final boolean postgres;

	SyntheticDataLoader(SyntheticProperties properties, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, SearchIndex searchIndex, DataSource dataSource)
			throws MetaDataAccessException {
		this.properties = properties;
		this.jdbc = jdbc;
		this.named = JdbcClient.create(jdbc);
		this.transaction = new TransactionTemplate(transactionManager);
		this.searchIndex = searchIndex;
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

		private long[] parliaments = {};

		private long[] speakers = {};

		/** Each speaker's one term, by the speaker's index. */
		private long[] terms = {};

		private long[] events = {};

		private long[] visits = {};

		/** Each visit's one meeting, by the visit's index. */
		private long[] meetings = {};

		private long[] protocols = {};

		Load(SyntheticData data) {
			this.data = data;
		}

		void run() {
			long[] parliaments = ids("parliament", "slug, kind, country_code", rows(this.data.parliaments,
					this.data::parliament, p -> new Object[] { p.slug(), p.kind().name(), p.country() }));
			insert("parliament_name", "parliament_id, language, name",
					IntStream.range(0, this.data.parliaments)
						.boxed()
						.flatMap(p -> this.data.parliament(p)
							.names()
							.entrySet()
							.stream()
							.map(name -> new Object[] { parliaments[p], name.getKey(), name.getValue() }))
						.toList());
			insert("parliament_membership", "member_id, assembly_id",
					IntStream.range(0, this.data.parliaments)
						.filter(p -> this.data.parliament(p).assembly() != null)
						.mapToObj(p -> new Object[] { parliaments[p], parliaments[this.data.parliament(p).assembly()] })
						.toList());
			long[] speakers = ids("speaker", "slug, name, country_code", rows(this.data.speakers(), this.data::speaker,
					s -> new Object[] { s.slug(), s.name(), s.country() }));
			insert("speaker_name", "speaker_id, language, name",
					IntStream.range(0, this.data.speakers())
						.boxed()
						.flatMap(s -> this.data.speaker(s)
							.names()
							.entrySet()
							.stream()
							.map(name -> new Object[] { speakers[s], name.getKey(), name.getValue() }))
						.toList());
			long[] terms = ids("speaker_term", "slug, speaker_id, parliament_id, title, start_date, end_date",
					rows(this.data.speakers(), s -> s, s -> {
						SpeakerRow speaker = this.data.speaker(s);
						return new Object[] { speaker.slug() + "-term", speakers[s], parliaments[speaker.parliament()],
								speaker.title(), speaker.start(), speaker.end() };
					}));
			long[] events = ids("event",
					"slug, kind, name, description, start_date, end_date, city, country_code," + " organizer_id",
					rows(this.data.events, this.data::event,
							(EventRow e) -> new Object[] { e.slug(), e.kind().name(), e.name(), e.description(),
									e.start(), e.end(), e.city(), e.country(), parliaments[e.organizer()] }));
			long[] visits = ids("visit",
					"slug, kind, visitor_id, visitor_parliament_id, host_parliament_id, city,"
							+ " country_code, start_date, end_date, occasion_id",
					rows(this.data.visits, this.data::visit,
							(VisitRow v) -> new Object[] { v.slug(), v.kind().name(), speakers[v.visitor()],
									parliaments[v.visitorParliament()], parliaments[v.hostParliament()], v.city(),
									v.country(), v.start(), v.end(),
									(v.occasion() != null) ? events[v.occasion()] : null }));
			long[] meetings = ids("meeting", "slug, visit_id, held_on, format, summary",
					rows(this.data.visits, this.data::meeting, (MeetingRow m) -> new Object[] { m.slug(),
							visits[m.visit()], m.heldOn(), m.format().name(), m.summary() }));
			insert("meeting_participant", "meeting_id, speaker_id",
					IntStream.range(0, this.data.visits)
						.boxed()
						.flatMap(m -> this.data.meeting(m)
							.participants()
							.stream()
							.map(speaker -> new Object[] { meetings[m], speakers[speaker] }))
						.toList());
			long[] protocols = ids("protocol", "slug, kind, title, signed_on, city, country_code, visit_id",
					rows(this.data.protocols, this.data::protocol, (ProtocolRow r) -> new Object[] { r.slug(),
							r.kind().name(), r.title(), r.signedOn(), r.city(), r.country(), visits[r.visit()] }));
			insert("protocol_party",
					"protocol_id, party_no, country_code, parliament_id, signatory_id,"
							+ " signatory_name, signatory_title",
					IntStream.range(0, this.data.protocols)
						.boxed()
						.flatMap(r -> IntStream.range(0, 2).mapToObj(party -> {
							ProtocolRow protocol = this.data.protocol(r);
							int parliament = protocol.parliaments().get(party);
							int signatory = protocol.signatories().get(party);
							return new Object[] { protocols[r], party + 1, this.data.parliament(parliament).country(),
									parliaments[parliament], speakers[signatory], this.data.speaker(signatory).name(),
									this.data.speaker(signatory).title() };
						}))
						.toList());
			insert("protocol_reference", "protocol_id, referenced_id",
					IntStream.range(0, this.data.protocols)
						.filter(r -> this.data.protocol(r).references() != null)
						.mapToObj(r -> new Object[] { protocols[r], protocols[this.data.protocol(r).references()] })
						.toList());
			index(SearchableType.PARLIAMENT, parliaments);
			index(SearchableType.SPEAKER, speakers);
			index(SearchableType.EVENT, events);
			index(SearchableType.PROTOCOL, protocols);
			this.parliaments = parliaments;
			this.speakers = speakers;
			this.terms = terms;
			this.events = events;
			this.visits = visits;
			this.meetings = meetings;
			this.protocols = protocols;
			for (int from = 0; from < this.data.records(); from += BATCH) {
				news(from, Math.min(this.data.records(), from + BATCH));
			}
		}

		/**
		 * Quotes and the articles that carry them, from one index up to another, with
		 * what each article reports: its quote (with the passage), the speaker and their
		 * term, both parliaments, and the visit with its meeting, occasion and document.
		 */
		private void news(int from, int to) {
			long[] speakers = this.speakers;
			long[] terms = this.terms;
			long[] parliaments = this.parliaments;
			long[] events = this.events;
			long[] visits = this.visits;
			long[] meetings = this.meetings;
			long[] protocols = this.protocols;
			List<QuoteRow> quoteRows = IntStream.range(from, to).mapToObj(this.data::quote).toList();
			List<ArticleRow> articleRows = IntStream.range(from, to).mapToObj(this.data::article).toList();
			long[] quotes = ids("quote", "slug, speaker_id, content, language, kind, medium, said_on, url, visit_id",
					quoteRows.stream()
						.map(q -> new Object[] { q.slug(), speakers[q.speaker()], q.text(), q.language(),
								q.kind().name(), q.medium().name(), q.saidOn(), q.url(),
								(q.visit() != null) ? visits[q.visit()] : null })
						.toList());
			long[] articles = ids("article",
					"slug, headline, publisher, url, published_at, utc_offset_seconds," + " language, body",
					articleRows.stream()
						.map(a -> new Object[] { a.slug(), a.headline(), a.publisher(), a.url(), a.publishedAt(),
								a.publishedAt().getOffset().getTotalSeconds(), a.language(), a.body() })
						.toList());
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
		private long[] ids(String table, String columns, List<Object[]> rows) {
			insert(table, columns, rows);
			Map<String, Long> bySlug = new HashMap<>();
			for (int from = 0; from < rows.size(); from += BATCH) {
				List<String> slugs = rows.subList(from, Math.min(rows.size(), from + BATCH))
					.stream()
					.map(row -> (String) row[0])
					.toList();
				named.sql("select slug, id from " + table + " where slug in (:slugs)")
					.param("slugs", slugs)
					.query(rs -> {
						bySlug.put(rs.getString(1), rs.getLong(2));
					});
			}
			return rows.stream().mapToLong(row -> bySlug.get((String) row[0])).toArray();
		}

		private void index(SearchableType type, long[] ids) {
			searchIndex.index(type, LongStream.of(ids).boxed().toList());
		}

	}

	/** The rows of the records with indexes 0 to {@code count - 1}, as column values. */
	private static <R> List<Object[]> rows(int count, IntFunction<R> record, Function<R, Object[]> values) {
		return IntStream.range(0, count).mapToObj(record).map(values).toList();
	}

}
