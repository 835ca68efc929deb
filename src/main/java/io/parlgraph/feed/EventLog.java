package io.parlgraph.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event log, a transactional outbox: writers {@link #append} in their own
 * transaction, so an event exists exactly when its write committed; readers page through
 * it by sequence, in a query's read scope ({@code data.Reads}) or alone, without a
 * transaction of their own.
 */
@Component
public class EventLog {

	/**
	 * The parliaments an article's facts involve, from what it cites; {@code :article} is
	 * its ID.
	 */
	private static final String PARLIAMENTS = """
			select subject_id from parliament_source where article_id = :article
			union select t.parliament_id from speaker_term t join speaker_term_source s on s.subject_id = t.id where s.article_id = :article
			union select v.visitor_parliament_id from visit v join visit_source s on s.subject_id = v.id where s.article_id = :article
			union select v.host_parliament_id from visit v join visit_source s on s.subject_id = v.id where s.article_id = :article
			union select p.parliament_id from protocol_party p join protocol_source s on s.subject_id = p.protocol_id where s.article_id = :article and p.parliament_id is not null
			union select e.organizer_id from event e join event_source s on s.subject_id = e.id where s.article_id = :article and e.organizer_id is not null
			""";

	/** The speakers an article's facts involve. */
	private static final String SPEAKERS = """
			select subject_id from speaker_source where article_id = :article
			union select q.speaker_id from quote q join quote_source s on s.subject_id = q.id where s.article_id = :article
			union select t.speaker_id from speaker_term t join speaker_term_source s on s.subject_id = t.id where s.article_id = :article
			union select v.visitor_id from visit v join visit_source s on s.subject_id = v.id where s.article_id = :article
			union select p.signatory_id from protocol_party p join protocol_source s on s.subject_id = p.protocol_id where s.article_id = :article and p.signatory_id is not null
			""";

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final EventFeed feed;

	EventLog(JdbcClient jdbc, EntityManager entityManager, EventFeed feed) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.feed = feed;
	}

	/**
	 * Appends an event for the article, in the caller's transaction (which must exist).
	 * Appends take turns until commit, so events become visible in sequence order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(ArticleEventKind kind, long articleId, int revision, String language, @Nullable String reason) {
		this.entityManager.flush();
		this.jdbc.sql("select id from event_log_lock where id = 1 for update").query(Integer.class).single();
		List<Long> parliaments = ids(PARLIAMENTS, articleId);
		List<Long> speakers = ids(SPEAKERS, articleId);
		Set<String> countries = new LinkedHashSet<>();
		if (!parliaments.isEmpty()) {
			countries.addAll(
					this.jdbc.sql("select country_code from parliament where id in (:ids) and country_code is not null")
						.param("ids", parliaments)
						.query(String.class)
						.list());
		}
		if (!speakers.isEmpty()) {
			countries.addAll(this.jdbc.sql("select country_code from speaker where id in (:ids)")
				.param("ids", speakers)
				.query(String.class)
				.list());
		}
		this.jdbc.sql("""
				insert into article_event (kind, article_id, revision, occurred_at, reason, language, parliament_ids,
				    speaker_ids, country_codes)
				values (:kind, :article, :revision, :at, :reason, :language, :parliaments, :speakers, :countries)""")
			.param("kind", kind.name())
			.param("article", articleId)
			.param("revision", revision)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.param("reason", reason)
			.param("language", language)
			.param("parliaments", tokens(parliaments))
			.param("speakers", tokens(speakers))
			.param("countries", tokens(countries))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				EventLog.this.feed.wake();
			}
		});
	}

	/**
	 * Up to {@code limit} events after {@code sequence} and up to {@code until}, in
	 * order.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ArticleEvent> read(long sequence, long until, int limit) {
		return this.jdbc
			.sql("select * from article_event where sequence > :after and sequence <= :until"
					+ " order by sequence fetch first :limit rows only")
			.param("after", sequence)
			.param("until", until)
			.param("limit", limit)
			.query(EventLog::event)
			.list();
	}

	/**
	 * Up to {@code limit} events after {@code sequence} that match the filter, in order:
	 * the test of {@link ArticleEventFilter#predicate()}, in SQL, so a rare match costs
	 * one statement.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ArticleEvent> read(long sequence, ArticleEventFilter filter, int limit) {
		StringBuilder sql = new StringBuilder("select * from article_event where sequence > :after");
		Map<String, Object> params = new HashMap<>(Map.of("after", sequence, "limit", limit));
		Set<ArticleEventKind> kinds = filter.kindSet();
		if (kinds != null) {
			sql.append(" and kind in (:kinds)");
			params.put("kinds", kinds.stream().map(Enum::name).toList());
		}
		containsToken(sql, params, "parliament_ids", filter.parliamentId());
		containsToken(sql, params, "speaker_ids", filter.speakerId());
		containsToken(sql, params, "country_codes", filter.country());
		if (filter.language() != null) {
			sql.append(" and language = :language");
			params.put("language", filter.language());
		}
		sql.append(" order by sequence fetch first :limit rows only");
		return this.jdbc.sql(sql.toString()).params(params).query(EventLog::event).list();
	}

	/**
	 * Adds the condition that the column's space-separated tokens include the value, if
	 * given.
	 */
	private static void containsToken(StringBuilder sql, Map<String, Object> params, String column,
			@Nullable Object value) {
		if (value != null) {
			sql.append(" and ' ' || ").append(column).append(" || ' ' like :").append(column);
			params.put(column, "% " + value + " %");
		}
	}

	/** The sequence of the newest committed event, 0 if there is none. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long head() {
		return this.jdbc.sql("select coalesce(max(sequence), 0) from article_event").query(Long.class).single();
	}

	private List<Long> ids(String sql, long articleId) {
		return this.jdbc.sql(sql).param("article", articleId).query(Long.class).list();
	}

	private static String tokens(Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	private static List<String> tokens(String value) {
		return Arrays.stream(value.strip().split(" ")).filter(token -> !token.isEmpty()).toList();
	}

	private static Set<Long> ids(String value) {
		return tokens(value).stream().map(Long::valueOf).collect(Collectors.toSet());
	}

	private static ArticleEvent event(ResultSet rs, int row) throws SQLException {
		return new ArticleEvent(rs.getLong("sequence"), ArticleEventKind.valueOf(rs.getString("kind")),
				rs.getLong("article_id"), rs.getInt("revision"), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("reason"), rs.getString("language"), ids(rs.getString("parliament_ids")),
				ids(rs.getString("speaker_ids")), Set.copyOf(tokens(rs.getString("country_codes"))));
	}

}
