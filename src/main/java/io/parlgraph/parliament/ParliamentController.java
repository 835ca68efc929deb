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
import io.parlgraph.graphql.Where;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Parliament} type. */
@Controller
class ParliamentController {

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

	private final ParliamentWrites parliamentWrites;

	private final Writes writes;

	ParliamentController(ParliamentRepository parliaments, ParliamentNameRepository names, RelationLoader relations,
			KeysetPages pages, BatchLoaderRegistry registry, ParliamentWrites parliamentWrites, Writes writes) {
		this.parliaments = parliaments;
		this.relations = relations;
		this.pages = pages;
		this.parliamentWrites = parliamentWrites;
		this.writes = writes;
		registry.<Long, List<ParliamentName>>forName(NAMES)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> names.findByParliamentIdIn(ids)
				.stream()
				.collect(Collectors.groupingBy(ParliamentName::getParliamentId))));
		relations.register(registry, MEMBER_OF);
		relations.register(registry, MEMBERS);
	}

	@QueryMapping
	Page<Parliament> parliaments(@Argument @Nullable ParliamentFilter filter,
			@Argument @Nullable OrderBy orderBy, Paging page) {
		ParliamentFilter f = (filter != null) ? filter : ParliamentFilter.NONE;
		Where where = Where.all()
			.equal("kind", f.kind())
			.equal("country_code", f.country())
			.matches("c.id in (select m.member_id from parliament_membership m where m.assembly_id = ?)",
					GlobalId.decodeIfPresent(f.memberOf(), "Parliament"));
		return this.pages.find(Parliament.class, "parliament", where, ORDERS.apply(orderBy), page);
	}

	@QueryMapping
	Optional<Parliament> parliament(@Argument String id) {
		return this.parliaments.findById(GlobalId.decode(id, "Parliament"));
	}

	@SchemaMapping
	CompletableFuture<List<ParliamentName>> names(Parliament parliament, DataFetchingEnvironment env) {
		return namesOf(parliament, env);
	}

	@SchemaMapping
	CompletableFuture<String> name(Parliament parliament, @Argument @Nullable String language,
			DataFetchingEnvironment env) {
		return namesOf(parliament, env).thenApply(names -> pick(names, (language != null) ? language : "en"));
	}

	@SchemaMapping
	CompletableFuture<Page<Parliament>> memberOf(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, MEMBER_OF, parliament.getId(), page);
	}

	@SchemaMapping
	CompletableFuture<Page<Parliament>> members(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, MEMBERS, parliament.getId(), page);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Parliament> createParliament(@Argument ParliamentInput input) {
		return this.writes.run(errors -> this.parliamentWrites.create(input, errors, "input"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Parliament> updateParliament(@Argument UpdateParliamentInput input) {
		return this.writes.run(errors -> this.parliamentWrites.update(input, errors));
	}

	private static CompletableFuture<List<ParliamentName>> namesOf(Parliament parliament,
			DataFetchingEnvironment env) {
		DataLoader<Long, List<ParliamentName>> loader = env.getDataLoader(NAMES);
		return loader.load(parliament.getId()).thenApply(names -> (names != null) ? names : List.of());
	}

	/** The name in the language asked for, else English, else the first recorded. */
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
