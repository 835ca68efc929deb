package io.parlgraph.parliament;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Parliament} type. */
@Controller
class ParliamentController {

	private final ParliamentQueries queries;

	private final ParliamentWrites parliamentWrites;

	private final MutationTransaction writes;

	ParliamentController(ParliamentQueries queries, ParliamentWrites parliamentWrites, MutationTransaction writes) {
		this.queries = queries;
		this.parliamentWrites = parliamentWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Parliament> parliaments(@Argument @Nullable ParliamentFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page, DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : ParliamentFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@QueryMapping
	Optional<Parliament> parliament(@Argument String id) {
		return this.queries.find(id);
	}

	@SchemaMapping
	CompletableFuture<List<ParliamentName>> names(Parliament parliament, DataFetchingEnvironment env) {
		return this.queries.names(parliament, env);
	}

	@SchemaMapping
	CompletableFuture<String> name(Parliament parliament, @Argument @Nullable String language,
			DataFetchingEnvironment env) {
		return this.queries.name(parliament, (language != null) ? language : "en", env);
	}

	@SchemaMapping
	CompletableFuture<Page<Parliament>> memberOf(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.memberOf(parliament, page, env);
	}

	@SchemaMapping
	CompletableFuture<Page<Parliament>> members(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.members(parliament, page, env);
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

}
