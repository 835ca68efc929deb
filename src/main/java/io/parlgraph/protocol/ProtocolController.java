package io.parlgraph.protocol;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code Protocol} type, and the document lists of visits,
 * speakers and parliaments.
 */
@Controller
class ProtocolController {

	private final ProtocolQueries queries;

	private final ProtocolWrites protocolWrites;

	private final MutationTransaction writes;

	ProtocolController(ProtocolQueries queries, ProtocolWrites protocolWrites, MutationTransaction writes) {
		this.queries = queries;
		this.protocolWrites = protocolWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Protocol> protocols(@Argument @Nullable ProtocolFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page, DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : ProtocolFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@BatchMapping
	Map<Protocol, Visit> visit(List<Protocol> protocols) {
		return this.queries.visits(protocols);
	}

	@BatchMapping
	Map<Protocol, List<ProtocolParty>> parties(List<Protocol> protocols) {
		return this.queries.parties(protocols);
	}

	@SchemaMapping
	CompletableFuture<Page<Speaker>> signatories(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.queries.signatories(protocol, page, env);
	}

	@SchemaMapping
	CompletableFuture<Page<Protocol>> references(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.queries.references(protocol, page, env);
	}

	@SchemaMapping
	CompletableFuture<Page<Protocol>> referencedBy(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.queries.referencedBy(protocol, page, env);
	}

	@SchemaMapping(typeName = "Visit", field = "protocols")
	CompletableFuture<Page<Protocol>> signedDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.queries.signedDuring(visit, page, env);
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<Page<Protocol>> protocolsSigned(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.queries.signedBy(speaker, page, env);
	}

	@SchemaMapping(typeName = "Parliament", field = "protocols")
	CompletableFuture<Page<Protocol>> partyTo(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.queries.partyTo(parliament, page, env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Protocol> createProtocol(@Argument ProtocolInput input) {
		return this.writes.run(errors -> this.protocolWrites.create(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Protocol> updateProtocol(@Argument UpdateProtocolInput input) {
		return this.writes.run(errors -> this.protocolWrites.update(input, errors));
	}

}
