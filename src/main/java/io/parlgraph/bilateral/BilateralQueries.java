package io.parlgraph.bilateral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Connections;
import io.parlgraph.graphql.Cursor;
import io.parlgraph.graphql.Keyset;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.parliament.ParliamentRepository;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How bilateral relations are read: whether both parliaments exist, each kind's count and
 * first and last day (batched), and the pages of the timeline, oldest first.
 */
@Component
class BilateralQueries {

	private static final String COUNTS = "BilateralRelation.counts";

	/** The ordering timeline cursors carry; their key is the day and the kind. */
	private static final String ORDERING = "TIMELINE";

	/** By day, then kind, then the item's ID. */
	private static final Keyset TIMELINE = Keyset.of("t.happened_on", "t.kind", "t.id");

	private final JdbcClient jdbc;

	private final ParliamentRepository parliaments;

	BilateralQueries(JdbcClient jdbc, ParliamentRepository parliaments, BatchLoaderRegistry registry) {
		this.jdbc = jdbc;
		this.parliaments = parliaments;
		registry.<BilateralRelation, List<TimelineCount>>forName(COUNTS)
			.registerMappedBatchLoader((relations, env) -> Mono
				.fromCallable(() -> relations.stream().collect(Collectors.toMap(Function.identity(), this::counts))));
	}

	/** The relation between two parliaments, or null unless both exist. */
	@Nullable BilateralRelation betweenParliaments(List<Long> ids) {
		if (this.parliaments.findAllById(ids).size() < 2) {
			return null;
		}
		return new BilateralRelation(new Side("a", ids.get(0), false), new Side("b", ids.get(1), false));
	}

	CompletableFuture<List<TimelineCount>> counts(BilateralRelation relation, DataFetchingEnvironment env) {
		DataLoader<BilateralRelation, List<TimelineCount>> loader = env.getDataLoader(COUNTS);
		return loader.load(relation);
	}

	Page<TimelineEntry> timeline(BilateralRelation relation, List<TimelineKind> kinds, Paging page) {
		Map<String, Object> parameters = new LinkedHashMap<>(relation.parameters());
		parameters.put("kinds", kinds.stream().map(TimelineKind::ordinal).toList());
		String items = "from (" + relation.timeline() + ") t where t.kind in (:kinds)";
		StringBuilder sql = new StringBuilder("select t.kind, t.id, t.happened_on ").append(items);
		if (page.after() != null) {
			sql.append(" and ").append(TIMELINE.after(false, parameters, position(page.after())));
		}
		if (page.before() != null) {
			sql.append(" and ").append(TIMELINE.before(false, parameters, position(page.before())));
		}
		sql.append(" order by ").append(TIMELINE.orderBy(page.backward())).append(" limit :limit");
		parameters.put("limit", page.fetchSize());
		List<TimelineEntry> entries = this.jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, row) -> new TimelineEntry(TimelineKind.values()[rs.getInt("kind")], rs.getLong("id"),
					rs.getDate("happened_on").toLocalDate()))
			.list();
		return Connections.of(entries, page,
				entry -> Cursor.of(ORDERING, entry.day() + ":" + entry.kind().ordinal(), entry.id()),
				() -> this.jdbc.sql("select count(*) " + items).params(parameters).query(Integer.class).single());
	}

	/** A timeline cursor's day, kind and ID. */
	private static Object[] position(Cursor cursor) {
		String[] key = cursor.in(ORDERING).key().split(":");
		try {
			return new Object[] { LocalDate.parse(key[0]), Integer.parseInt(key[1]), cursor.id() };
		}
		catch (RuntimeException ex) {
			throw cursor.malformed();
		}
	}

	/** Every kind's count and first and last day, in one statement. */
	private List<TimelineCount> counts(BilateralRelation relation) {
		Map<TimelineKind, TimelineCount> byKind = new HashMap<>();
		this.jdbc
			.sql("select t.kind, count(*) as n, min(t.happened_on) as first_day, max(t.happened_on) as last_day"
					+ " from (" + relation.timeline() + ") t group by t.kind")
			.params(relation.parameters())
			.query(rs -> {
				TimelineKind kind = TimelineKind.values()[rs.getInt("kind")];
				byKind.put(kind, new TimelineCount(kind, rs.getInt("n"), rs.getDate("first_day").toLocalDate(),
						rs.getDate("last_day").toLocalDate()));
			});
		return Arrays.stream(TimelineKind.values())
			.map(kind -> byKind.getOrDefault(kind, new TimelineCount(kind, 0, null, null)))
			.toList();
	}

}
