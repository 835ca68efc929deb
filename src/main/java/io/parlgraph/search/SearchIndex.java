package io.parlgraph.search;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.parlgraph.write.FactIndex;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code search_document} in step with the searchable rows: one document per
 * article, quote, speaker, parliament, event and protocol, with its text folded once,
 * here, so every database matches it the same way.
 *
 * <p>
 * Whatever writes those rows calls {@link #index} (new rows) or {@link #reindex} (changed
 * or deleted rows) in the same transaction, after writing. At start-up
 * {@link #indexMissing} catches up with rows written without it (e.g. before the index
 * existed).
 */
@Component
public class SearchIndex {

	/** Rows read and written per statement. */
	static final int CHUNK = 1000;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	SearchIndex(EntityManager entityManager, JdbcClient jdbc, JdbcTemplate batch) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Makes the given rows of one type searchable as they are now: rows that exist are
	 * (re)indexed, rows that are gone leave the index. Runs in the caller's transaction
	 * (or its own if there is none), after flushing pending JPA changes so it reads what
	 * the caller wrote. Call it after updating or deleting rows, and after changing what
	 * a document is made of: a speaker's or parliament's names, a protocol's parties.
	 */
	@Transactional
	public void reindex(SearchableType type, Collection<Long> ids) {
		inChunks(ids, chunk -> {
			this.jdbc.sql("delete from search_document where entity_type = :type and entity_id in (:ids)")
				.param("type", type.name())
				.param("ids", chunk)
				.update();
			insert(documents(type, chunk));
		});
	}

	/**
	 * As {@link #reindex}, for rows that have no document yet: rows just inserted. It
	 * skips the delete, which makes bulk loads faster; a row that has a document already
	 * breaks the unique constraint {@code search_document_entity}.
	 */
	@Transactional
	public void index(SearchableType type, Collection<Long> ids) {
		inChunks(ids, chunk -> insert(documents(type, chunk)));
	}

	/**
	 * Keeps written facts of the type findable, for
	 * {@link io.parlgraph.write.FactWrites}.
	 */
	public FactIndex of(SearchableType type) {
		return new FactIndex() {

			@Override
			public void indexNew(long id) {
				index(type, List.of(id));
			}

			@Override
			public void reindex(long id) {
				SearchIndex.this.reindex(type, List.of(id));
			}

		};
	}

	private void inChunks(Collection<Long> ids, Consumer<List<Long>> action) {
		this.entityManager.flush();
		List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += CHUNK) {
			action.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
	}

	/**
	 * Indexes every searchable row that has no document, and drops documents whose row is
	 * gone.
	 * @return how many rows it indexed
	 */
	@Transactional
	public int indexMissing() {
		int indexed = 0;
		for (SearchableType type : SearchableType.values()) {
			this.jdbc
				.sql("delete from search_document d where d.entity_type = :type and not exists (select 1 from "
						+ type.table() + " t where t.id = d.entity_id)")
				.param("type", type.name())
				.update();
			List<Long> missing = this.jdbc
				.sql("select t.id from " + type.table() + " t where not exists (select 1"
						+ " from search_document d where d.entity_type = :type and d.entity_id = t.id) order by t.id")
				.param("type", type.name())
				.query(Long.class)
				.list();
			index(type, missing);
			indexed += missing.size();
		}
		return indexed;
	}

	private void insert(List<SearchDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		this.batch.batchUpdate(
				"insert into search_document (entity_type, entity_id, language, recency, title, body,"
						+ " folded_title, folded) values (?, ?, ?, ?, ?, ?, ?, ?)",
				documents, documents.size(), (statement, document) -> {
					statement.setString(1, document.type().name());
					statement.setLong(2, document.id());
					statement.setString(3, document.language());
					statement.setInt(4, document.recency());
					statement.setString(5, document.title());
					statement.setString(6, document.body());
					statement.setString(7, document.foldedTitle());
					statement.setString(8, document.folded());
				});
	}

	/** The documents of the rows that exist among the IDs. */
	private List<SearchDocument> documents(SearchableType type, List<Long> ids) {
		return switch (type) {
			// a retracted article leaves search
			case ARTICLE -> this.jdbc
				.sql("select id, language, headline, body, published_at from article"
						+ " where id in (:ids) and retracted_at is null")
				.param("ids", ids)
				.query((rs, row) -> new SearchDocument(type, rs.getLong("id"), rs.getString("language"),
						rs.getString("headline"), rs.getString("body"),
						SearchDocument.recency(rs.getObject("published_at", OffsetDateTime.class)
							.atZoneSameInstant(ZoneOffset.UTC)
							.toLocalDate())))
				.list();
			case QUOTE -> this.jdbc.sql("select id, language, content, said_on from quote where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> new SearchDocument(type, rs.getLong("id"), rs.getString("language"), "",
						rs.getString("content"), SearchDocument.recency(rs.getDate("said_on").toLocalDate())))
				.list();
			case SPEAKER -> names(type, "select s.id, s.name as first, n.name, null as short_name from speaker s"
					+ " left join speaker_name n on n.speaker_id = s.id where s.id in (:ids) order by s.id, n.language",
					ids);
			case PARLIAMENT -> names(type,
					"select p.id, p.slug as first, n.name, n.short_name from parliament p"
							+ " left join parliament_name n on n.parliament_id = p.id where p.id in (:ids)"
							+ " order by p.id, n.language",
					ids);
			case EVENT -> this.jdbc.sql("select id, name, description, city, start_date from event where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> new SearchDocument(type, rs.getLong("id"), SearchDocument.UNDETERMINED,
						rs.getString("name"), joined(" — ", rs.getString("description"), rs.getString("city")),
						SearchDocument.recency(localDate(rs.getDate("start_date")))))
				.list();
			case PROTOCOL -> protocols(ids);
		};
	}

	/**
	 * Speakers and parliaments: their names in every language, as one multilingual title.
	 * The query's {@code first} column is a speaker's own name, which comes first, and a
	 * parliament's slug, used only when it has no names.
	 */
	private List<SearchDocument> names(SearchableType type, String sql, List<Long> ids) {
		Map<Long, Set<String>> names = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("ids", ids).query(rs -> {
			Set<String> all = names.computeIfAbsent(rs.getLong("id"), id -> new LinkedHashSet<>());
			if (type == SearchableType.SPEAKER || rs.getString("name") == null) {
				all.add(rs.getString("first"));
			}
			if (rs.getString("name") != null) {
				String shortName = rs.getString("short_name");
				all.add(rs.getString("name") + ((shortName != null) ? " (" + shortName + ")" : ""));
			}
		});
		return names.entrySet()
			.stream()
			.map(entry -> new SearchDocument(type, entry.getKey(), SearchDocument.MULTILINGUAL,
					String.join(" · ", entry.getValue()), "", SearchDocument.recency(null)))
			.toList();
	}

	/** Protocols: the title, then where and by whom they were signed. */
	private List<SearchDocument> protocols(List<Long> ids) {
		Map<Long, List<String>> signatories = new LinkedHashMap<>();
		this.jdbc
			.sql("select protocol_id, signatory_name, signatory_title from protocol_party"
					+ " where protocol_id in (:ids) order by protocol_id, party_no")
			.param("ids", ids)
			.query(rs -> {
				signatories.computeIfAbsent(rs.getLong("protocol_id"), id -> new ArrayList<>())
					.add(joined(", ", rs.getString("signatory_name"), rs.getString("signatory_title")));
			});
		return this.jdbc.sql("select id, title, city, signed_on from protocol where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new SearchDocument(SearchableType.PROTOCOL, rs.getLong("id"),
					SearchDocument.UNDETERMINED, rs.getString("title"),
					joined(": ", rs.getString("city"),
							String.join("; ", signatories.getOrDefault(rs.getLong("id"), List.of()))),
					SearchDocument.recency(rs.getDate("signed_on").toLocalDate())))
			.list();
	}

	/** The non-empty parts, joined. */
	private static String joined(String separator, @Nullable String... parts) {
		return Arrays.stream(parts)
			.filter(part -> part != null && !part.isEmpty())
			.collect(Collectors.joining(separator));
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
