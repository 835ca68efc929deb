package io.parlgraph.bilateral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.relay.Edge;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.graphql.Nodes;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for {@code BilateralRelation}, its timeline and the root fields that
 * return one.
 */
@Controller
class BilateralRelationController {

	private final BilateralQueries queries;

	BilateralRelationController(BilateralQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	@Nullable BilateralRelation relation(@Argument List<String> between) {
		return this.queries.betweenParliaments(
				two(between.stream().map(id -> GlobalId.decode(id, "Parliament")).toList(), "two Parliament IDs"));
	}

	@QueryMapping
	BilateralRelation countryRelation(@Argument List<String> between) {
		List<String> countries = two(between, "two country codes");
		return new BilateralRelation(new Side("a", countries.get(0), true), new Side("b", countries.get(1), true));
	}

	@SchemaMapping
	CompletableFuture<List<TimelineCount>> counts(BilateralRelation relation, DataFetchingEnvironment env) {
		return this.queries.counts(relation, env);
	}

	@SchemaMapping
	CompletableFuture<@Nullable LocalDate> firstContact(BilateralRelation relation, DataFetchingEnvironment env) {
		return counts(relation, env).thenApply(counts -> counts.stream()
			.map(TimelineCount::first)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null));
	}

	@SchemaMapping
	CompletableFuture<@Nullable LocalDate> lastContact(BilateralRelation relation, DataFetchingEnvironment env) {
		return counts(relation, env).thenApply(counts -> counts.stream()
			.map(TimelineCount::last)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null));
	}

	@SchemaMapping
	Page<TimelineEntry> timeline(BilateralRelation relation, @Argument @Nullable List<TimelineKind> kinds,
			Paging page) {
		return this.queries.timeline(relation, (kinds != null) ? kinds : Arrays.asList(TimelineKind.values()), page);
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

	private static <T> List<T> two(List<T> sides, String expected) {
		if (sides.size() != 2 || sides.get(0).equals(sides.get(1))) {
			throw new InvalidInputException("'between' must hold " + expected + ", different from each other, but held "
					+ sides.size() + (sides.size() == 2 ? " equal ones" : ""));
		}
		return sides;
	}

}
