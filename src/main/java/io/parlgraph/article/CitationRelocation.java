package io.parlgraph.article;

import java.util.List;

import io.parlgraph.data.SourceTables;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps an article's citations on their passages when a correction changes its body. */
@Component
class CitationRelocation {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	CitationRelocation(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/**
	 * Moves each citation of the article to where its passage is in the new body; one
	 * whose passage is gone keeps no offsets.
	 */
	void relocate(long articleId, String oldBody, String newBody) {
		this.entityManager.flush();
		for (String type : SourceTables.SOURCED_TYPES) {
			String table = SourceTables.of(type);
			record Cited(long subjectId, int start, int end) {
			}
			List<Cited> cited = this.jdbc
				.sql("select subject_id, start_offset, end_offset from " + table
						+ " where article_id = ? and start_offset is not null")
				.param(articleId)
				.query((rs, row) -> new Cited(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
				.list();
			for (Cited citation : cited) {
				String passage = oldBody.substring(citation.start(), citation.end());
				int found = newBody.indexOf(passage);
				this.jdbc
					.sql("update " + table
							+ " set start_offset = ?, end_offset = ? where subject_id = ? and article_id = ?")
					.params((found >= 0) ? found : null, (found >= 0) ? found + passage.length() : null,
							citation.subjectId(), articleId)
					.update();
			}
		}
	}

}
