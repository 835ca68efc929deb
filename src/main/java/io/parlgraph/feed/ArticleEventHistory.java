package io.parlgraph.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.relay.Connection;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event log as a browsable history ({@code Query.articleEvents}): pages of events,
 * oldest first, and each event's article as it stood right after it.
 */
@Component
class ArticleEventHistory {

	/**
	 * Every revision's text of the articles in {@code :ids}: the earlier ones (kept when
	 * a correction replaced them) and the current one, with the retraction, which only
	 * the article has.
	 */
	private static final String TEXTS = """
			select id as article_id, revision, headline, body, retracted_at, retraction_reason from article
			where id in (:ids)
			union all select article_id, revision, headline, body, null, null from article_revision
			where article_id in (:ids)""";

	private final EventLog log;

	private final JdbcClient jdbc;

	ArticleEventHistory(EventLog log, JdbcClient jdbc) {
		this.log = log;
		this.jdbc = jdbc;
	}

	/** The article at an event (GraphQL {@code ArticleAtEvent}). */
	record ArticleAtEvent(int revision, String headline, String body, @Nullable Retraction retraction) {
	}

	/** GraphQL {@code Retraction}. */
	record Retraction(OffsetDateTime retractedAt, String reason) {
	}

	/**
	 * Up to {@code size} events after the cursor (from the beginning without one) that
	 * match.
	 */
	Connection<ArticleEvent> page(@Nullable String after, int size, ArticleEventFilter filter) {
		long from = (after != null) ? ArticleEvent.sequenceOf(after) : 0;
		List<ArticleEvent> fetched = this.log.read(from, filter, size + 1);
		if (fetched.isEmpty()) {
			long head = this.log.head();
			if (from > head) {
				throw ArticleEvent.beyondTheEnd(from, head);
			}
		}
		boolean more = fetched.size() > size;
		List<Edge<ArticleEvent>> edges = new ArrayList<>();
		for (ArticleEvent event : more ? fetched.subList(0, size) : fetched) {
			edges.add(new DefaultEdge<>(event, new DefaultConnectionCursor(event.cursor())));
		}
		return new DefaultConnection<>(edges, new DefaultPageInfo(edges.isEmpty() ? null : edges.get(0).getCursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor(), after != null, more));
	}

	/** The cursor of the newest event: what "from now on" starts after. */
	String latestCursor() {
		return ArticleEvent.cursorOf(this.log.head());
	}

	/**
	 * Each event's article as it stood right after it, in one statement for all of them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Map<ArticleEvent, ArticleAtEvent> articlesAt(Collection<ArticleEvent> events) {
		Set<Long> ids = events.stream().map(ArticleEvent::articleId).collect(Collectors.toSet());
		Map<Revision, Text> texts = new HashMap<>();
		Map<Long, Retraction> retractions = new HashMap<>();
		this.jdbc.sql(TEXTS).param("ids", ids).query(rs -> {
			long article = rs.getLong("article_id");
			texts.put(new Revision(article, rs.getInt("revision")),
					new Text(rs.getString("headline"), rs.getString("body")));
			OffsetDateTime retractedAt = rs.getObject("retracted_at", OffsetDateTime.class);
			if (retractedAt != null) {
				retractions.put(article, new Retraction(retractedAt, rs.getString("retraction_reason")));
			}
		});
		return events.stream().collect(Collectors.toMap(event -> event, event -> {
			Text text = texts.get(new Revision(event.articleId(), event.revision()));
			Retraction retraction = retractions.get(event.articleId());
			// there is no undoing a retraction: an event came after it, or before
			boolean retracted = retraction != null && !retraction.retractedAt().isAfter(event.occurredAt());
			return new ArticleAtEvent(event.revision(), text.headline(), text.body(), retracted ? retraction : null);
		}));
	}

	private record Revision(long articleId, int revision) {
	}

	private record Text(String headline, String body) {
	}

}
