package io.parlgraph.protocol;

import java.util.List;
import java.util.Map;
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
import io.parlgraph.graphql.ToOne;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitRepository;
import io.parlgraph.write.Payload;
import io.parlgraph.write.Writes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Protocol} type, and the document lists of visits, speakers and parliaments. */
@Controller
class ProtocolController {

	private static final Relation<Protocol> SIGNED_DURING = Relation.byColumn("Visit.protocols", Protocol.class,
			"protocol", "visit_id", Protocol::getId);

	private static final Relation<Protocol> SIGNED_BY = Relation.byLink("Speaker.protocolsSigned", Protocol.class,
			"protocol", "protocol_party", "signatory_id", "protocol_id", Protocol::getId);

	private static final Relation<Protocol> PARTY = Relation.byLink("Parliament.protocols", Protocol.class,
			"protocol", "protocol_party", "parliament_id", "protocol_id", Protocol::getId);

	private static final Relation<Speaker> SIGNATORIES = Relation.byLink("Protocol.signatories", Speaker.class,
			"speaker", "protocol_party", "protocol_id", "signatory_id", Speaker::getId);

	private static final Relation<Protocol> REFERENCES = Relation.byLink("Protocol.references", Protocol.class,
			"protocol", "protocol_reference", "protocol_id", "referenced_id", Protocol::getId);

	private static final Relation<Protocol> REFERENCED_BY = Relation.byLink("Protocol.referencedBy", Protocol.class,
			"protocol", "protocol_reference", "referenced_id", "protocol_id", Protocol::getId);

	private static final Function<@Nullable OrderBy, Ordering<Protocol>> ORDERS = Ordering
		.by(SortKey.date("SIGNED_ON", "signed_on", Protocol::getSignedOn));

	/** Documents with a party matching the condition that completes it. */
	private static final String HAS_PARTY = "c.id in (select p.protocol_id from protocol_party p where p.";

	private final ProtocolPartyRepository parties;

	private final VisitRepository visits;

	private final RelationLoader relations;

	private final KeysetPages pages;

	private final ProtocolWrites protocolWrites;

	private final Writes writes;

	ProtocolController(ProtocolPartyRepository parties, VisitRepository visits, RelationLoader relations,
			KeysetPages pages, BatchLoaderRegistry registry, ProtocolWrites protocolWrites, Writes writes) {
		this.parties = parties;
		this.visits = visits;
		this.relations = relations;
		this.pages = pages;
		this.protocolWrites = protocolWrites;
		this.writes = writes;
		for (Relation<?> relation : List.of(SIGNED_DURING, SIGNED_BY, PARTY, SIGNATORIES, REFERENCES,
				REFERENCED_BY)) {
			relations.register(registry, relation);
		}
	}

	@QueryMapping
	Page<Protocol> protocols(@Argument @Nullable ProtocolFilter filter, @Argument @Nullable OrderBy orderBy,
			Paging page) {
		ProtocolFilter f = (filter != null) ? filter : ProtocolFilter.NONE;
		Where where = Where.all()
			.equal("kind", f.kind())
			.matches(HAS_PARTY + "parliament_id = ?)", GlobalId.decodeIfPresent(f.parliament(), "Parliament"))
			.matches(HAS_PARTY + "country_code = ?)", f.party())
			.matches(HAS_PARTY + "signatory_id = ?)", GlobalId.decodeIfPresent(f.signatory(), "Speaker"))
			.equal("visit_id", GlobalId.decodeIfPresent(f.visit(), "Visit"))
			.atLeast("signed_on", f.from())
			.atMost("signed_on", f.to());
		return this.pages.find(Protocol.class, "protocol", where, ORDERS.apply(orderBy), page);
	}

	@BatchMapping
	Map<Protocol, Visit> visit(List<Protocol> protocols) {
		return ToOne.resolve(protocols, Protocol::getVisitId, this.visits::findAllById, Visit::getId);
	}

	@BatchMapping
	Map<Protocol, List<ProtocolParty>> parties(List<Protocol> protocols) {
		Map<Long, Protocol> byId = protocols.stream()
			.collect(Collectors.toMap(Protocol::getId, Function.identity()));
		return this.parties.findByProtocolIdInOrderByProtocolIdAscPartyNoAsc(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(party -> byId.get(party.getProtocolId())));
	}

	@SchemaMapping
	CompletableFuture<Page<Speaker>> signatories(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNATORIES, protocol.getId(), page);
	}

	@SchemaMapping
	CompletableFuture<Page<Protocol>> references(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, REFERENCES, protocol.getId(), page);
	}

	@SchemaMapping
	CompletableFuture<Page<Protocol>> referencedBy(Protocol protocol, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, REFERENCED_BY, protocol.getId(), page);
	}

	@SchemaMapping(typeName = "Visit", field = "protocols")
	CompletableFuture<Page<Protocol>> signedDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNED_DURING, visit.getId(), page);
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<Page<Protocol>> protocolsSigned(Speaker speaker, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNED_BY, speaker.getId(), page);
	}

	@SchemaMapping(typeName = "Parliament", field = "protocols")
	CompletableFuture<Page<Protocol>> partyTo(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PARTY, parliament.getId(), page);
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
