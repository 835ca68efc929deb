package io.parlgraph.parliament;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.SortKey;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How parliaments are read: the pages of {@code Query.parliaments}, their names and
 * memberships, batched.
 */
@Component
class ParliamentQueries {

	private static final String NAMES = "Parliament.names";

	private static final Relation<Parliament> MEMBER_OF = Relation.byLink("Parliament.memberOf", Parliament.class,
			"parliament", "parliament_membership", "member_id", "assembly_id", Parliament::getId);

	private static final Relation<Parliament> MEMBERS = Relation.byLink("Parliament.members", Parliament.class,
			"parliament", "parliament_membership", "assembly_id", "member_id", Parliament::getId);

	private static final Function<@Nullable OrderBy, Ordering<Parliament>> ORDERS = Ordering
		.by(SortKey.text("SLUG", "slug", Parliament::getSlug));

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	private final KeysetPages pages;

	ParliamentQueries(ParliamentRepository parliaments, ParliamentNameRepository names, RelationLoader relations,
			KeysetPages pages, BatchLoaderRegistry registry) {
		this.parliaments = parliaments;
		this.relations = relations;
		this.pages = pages;
		registry.<Long, List<ParliamentName>>forName(NAMES)
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromCallable(() -> names.findByParliamentIdIn(ids)
						.stream()
						.collect(Collectors.groupingBy(ParliamentName::getParliamentId))));
		relations.register(registry, MEMBER_OF);
		relations.register(registry, MEMBERS);
	}

	Page<Parliament> find(ParliamentFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Where where = Where.all()
			.equal("kind", filter.kind())
			.equal("country_code", filter.country())
			.matches("c.id in (select m.member_id from parliament_membership m where m.assembly_id = ?)",
					GlobalId.decodeIfPresent(filter.memberOf(), "Parliament"));
		return this.pages.find(Parliament.class, "parliament", where, ORDERS.apply(orderBy), page, selected);
	}

	Optional<Parliament> find(String id) {
		return this.parliaments.findById(GlobalId.decode(id, "Parliament"));
	}

	CompletableFuture<List<ParliamentName>> names(Parliament parliament, DataFetchingEnvironment env) {
		DataLoader<Long, List<ParliamentName>> loader = env.getDataLoader(NAMES);
		return loader.load(parliament.getId()).thenApply(names -> (names != null) ? names : List.of());
	}

	/** The name in the language asked for, else English, else the first recorded. */
	CompletableFuture<String> name(Parliament parliament, String language, DataFetchingEnvironment env) {
		return names(parliament, env).thenApply(names -> pick(names, language));
	}

	CompletableFuture<Page<Parliament>> memberOf(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MEMBER_OF, parliament.getId(), page);
	}

	CompletableFuture<Page<Parliament>> members(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MEMBERS, parliament.getId(), page);
	}

	private static String pick(List<ParliamentName> names, String language) {
		Map<String, String> byLanguage = names.stream()
			.collect(Collectors.toMap(ParliamentName::getLanguage, ParliamentName::getName));
		String name = byLanguage.getOrDefault(language, byLanguage.get("en"));
		if (name != null) {
			return name;
		}
		return names.isEmpty() ? "" : names.get(0).getName();
	}

}
