package io.parlgraph.bilateral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.relay.Edge;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.Connections;
import io.parlgraph.graphql.Cursor;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.graphql.Keyset;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.parliament.ParliamentRepository;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for {@code BilateralRelation}, its timeline and the root fields that return one. */
@Controller
class BilateralRelationController {

	private static final String COUNTS = "BilateralRelation.counts";

	/** The ordering timeline cursors carry; their key is the day and the kind. */
	private static final String ORDERING = "TIMELINE";

	/** By day, then kind, then the item's ID. */
	private static final Keyset TIMELINE = Keyset.of("t.happened_on", "t.kind", "t.id");

	private final JdbcClient jdbc;

	private final ParliamentRepository parliaments;

	BilateralRelationController(JdbcClient jdbc, ParliamentRepository parliaments, BatchLoaderRegistry registry) {
		this.jdbc = jdbc;
		this.parliaments = parliaments;
		registry.<BilateralRelation, List<TimelineCount>>forName(COUNTS)
			.registerMappedBatchLoader((relations, env) -> Mono.fromCallable(
					() -> relations.stream().collect(Collectors.toMap(Function.identity(), this::counts))));
	}

	@QueryMapping
	@Nullable BilateralRelation relation(@Argument List<String> between) {
		List<Long> ids = two(between.stream().map(id -> GlobalId.decode(id, "Parliament")).toList(),
				"two Parliament IDs");
		if (this.parliaments.findAllById(ids).size() < 2) {
			return null;
		}
		return new BilateralRelation(new Side("a", ids.get(0), false), new Side("b", ids.get(1), false));
	}

	@QueryMapping
	BilateralRelation countryRelation(@Argument List<String> between) {
		List<String> countries = two(between, "two country codes");
		return new BilateralRelation(new Side("a", countries.get(0), true), new Side("b", countries.get(1), true));
	}

	@SchemaMapping
	CompletableFuture<List<TimelineCount>> counts(BilateralRelation relation, DataFetchingEnvironment env) {
		DataLoader<BilateralRelation, List<TimelineCount>> loader = env.getDataLoader(COUNTS);
		return loader.load(relation);
	}

	@SchemaMapping
	CompletableFuture<@Nullable LocalDate> firstContact(BilateralRelation relation, DataFetchingEnvironment env) {
		return counts(relation, env).thenApply(counts -> counts.stream().map(TimelineCount::first)
			.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null));
	}

	@SchemaMapping
	CompletableFuture<@Nullable LocalDate> lastContact(BilateralRelation relation, DataFetchingEnvironment env) {
		return counts(relation, env).thenApply(counts -> counts.stream().map(TimelineCount::last)
			.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
	}

	@SchemaMapping
	Page<TimelineEntry> timeline(BilateralRelation relation, @Argument @Nullable List<TimelineKind> kinds,
			Paging page) {
		List<TimelineKind> wanted = (kinds != null) ? kinds : Arrays.asList(TimelineKind.values());
		Map<String, Object> parameters = new LinkedHashMap<>(relation.parameters());
		parameters.put("kinds", wanted.stream().map(TimelineKind::ordinal).toList());
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
		List<TimelineEntry> entries = this.jdbc.sql(sql.toString()).params(parameters)
			.query((rs, row) -> new TimelineEntry(TimelineKind.values()[rs.getInt("kind")], rs.getLong("id"),
					rs.getDate("happened_on").toLocalDate()))
			.list();
		return Connections.of(entries, page,
				entry -> Cursor.of(ORDERING, entry.day() + ":" + entry.kind().ordinal(), entry.id()),
				() -> this.jdbc.sql("select count(*) " + items).params(parameters).query(Integer.class).single());
	}

	@SchemaMapping(typeName = "TimelineEdge")
	CompletableFuture<Object> node(Edge<TimelineEntry> edge, DataFetchingEnvironment env) {
		TimelineEntry entry = edge.getNode();
		return Nodes.load(env, new GlobalId(entry.kind().typeName(), entry.id()));
	}

	@SchemaMapping(typeName = "TimelineEdge")
	TimelineKind kind(Edge<TimelineEntry> edge) {
		return edge.getNode().kind();
	}

	@SchemaMapping(typeName = "TimelineEdge")
	LocalDate date(Edge<TimelineEntry> edge) {
		return edge.getNode().day();
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
		this.jdbc.sql("select t.kind, count(*) as n, min(t.happened_on) as first_day, max(t.happened_on) as last_day from ("
				+ relation.timeline() + ") t group by t.kind").params(relation.parameters()).query(rs -> {
					TimelineKind kind = TimelineKind.values()[rs.getInt("kind")];
					byKind.put(kind, new TimelineCount(kind, rs.getInt("n"), rs.getDate("first_day").toLocalDate(),
							rs.getDate("last_day").toLocalDate()));
				});
		return Arrays.stream(TimelineKind.values())
			.map(kind -> byKind.getOrDefault(kind, new TimelineCount(kind, 0, null, null)))
			.toList();
	}

	private static <T> List<T> two(List<T> sides, String expected) {
		if (sides.size() != 2 || sides.get(0).equals(sides.get(1))) {
			throw new InvalidInputException("'between' must hold " + expected + ", different from each other, but held "
					+ sides.size() + (sides.size() == 2 ? " equal ones" : ""));
		}
		return sides;
	}

}
