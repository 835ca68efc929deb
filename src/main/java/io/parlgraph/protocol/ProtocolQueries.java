package io.parlgraph.protocol;

import java.time.LocalDate;
import java.util.HashMap;
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
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
import io.parlgraph.speaker.SpeakerTerms.Held;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How documents are read: the pages of {@code Query.protocols}, their parties (with each
 * party's parliament, signatory and the signatory's term), signatories and references,
 * and the document lists of visits, speakers and parliaments, batched.
 */
@Component
class ProtocolQueries {

	private static final Relation<Protocol> SIGNED_DURING = Relation.byColumn("Visit.protocols", Protocol.class,
			"protocol", "visit_id", Protocol::getId);

	private static final Relation<Protocol> SIGNED_BY = Relation.byLink("Speaker.protocolsSigned", Protocol.class,
			"protocol", "protocol_party", "signatory_id", "protocol_id", Protocol::getId);

	private static final Relation<Protocol> PARTY = Relation.byLink("Parliament.protocols", Protocol.class, "protocol",
			"protocol_party", "parliament_id", "protocol_id", Protocol::getId);

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

	private final ProtocolRepository protocols;

	private final VisitRepository visits;

	private final ParliamentRepository parliaments;

	private final SpeakerRepository speakers;

	private final SpeakerTerms terms;

	private final RelationLoader relations;

	private final KeysetPages pages;

	ProtocolQueries(ProtocolPartyRepository parties, ProtocolRepository protocols, VisitRepository visits,
			ParliamentRepository parliaments, SpeakerRepository speakers, SpeakerTerms terms, RelationLoader relations,
			KeysetPages pages, BatchLoaderRegistry registry) {
		this.parties = parties;
		this.protocols = protocols;
		this.visits = visits;
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.terms = terms;
		this.relations = relations;
		this.pages = pages;
		for (Relation<?> relation : List.of(SIGNED_DURING, SIGNED_BY, PARTY, SIGNATORIES, REFERENCES, REFERENCED_BY)) {
			relations.register(registry, relation);
		}
	}

	Page<Protocol> find(ProtocolFilter filter, @Nullable OrderBy orderBy, Paging page, ToOneSelection selected) {
		Where where = Where.all()
			.equal("kind", filter.kind())
			.matches(HAS_PARTY + "parliament_id = ?)", GlobalId.decodeIfPresent(filter.parliament(), "Parliament"))
			.matches(HAS_PARTY + "country_code = ?)", filter.party())
			.matches(HAS_PARTY + "signatory_id = ?)", GlobalId.decodeIfPresent(filter.signatory(), "Speaker"))
			.equal("visit_id", GlobalId.decodeIfPresent(filter.visit(), "Visit"))
			.atLeast("signed_on", filter.from())
			.atMost("signed_on", filter.to());
		return this.pages.find(Protocol.class, "protocol", where, ORDERS.apply(orderBy), page, selected);
	}

	Map<Protocol, Visit> visits(List<Protocol> protocols) {
		return ToOne.resolve(protocols, Protocol::getVisitId, this.visits::findAllById, Visit::getId);
	}

	Map<Protocol, List<ProtocolParty>> parties(List<Protocol> protocols) {
		Map<Long, Protocol> byId = protocols.stream().collect(Collectors.toMap(Protocol::getId, Function.identity()));
		return this.parties.findByProtocolIdInOrderByProtocolIdAscPartyNoAsc(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(party -> byId.get(party.getProtocolId())));
	}

	Map<ProtocolParty, Parliament> parliamentsOf(List<ProtocolParty> parties) {
		return ToOne.resolve(parties, ProtocolParty::getParliamentId, this.parliaments::findAllById, Parliament::getId);
	}

	Map<ProtocolParty, Speaker> signatoriesOf(List<ProtocolParty> parties) {
		return ToOne.resolve(parties, ProtocolParty::getSignatoryId, this.speakers::findAllById, Speaker::getId);
	}

	/** The term each signatory was serving on the day the document was signed. */
	Map<ProtocolParty, SpeakerTerm> signatoryTerms(List<ProtocolParty> parties) {
		Map<Long, LocalDate> signedOn = this.protocols
			.findAllById(parties.stream().map(ProtocolParty::getProtocolId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Protocol::getId, Protocol::getSignedOn));
		Map<ProtocolParty, Held> held = new HashMap<>();
		for (ProtocolParty party : parties) {
			if (party.getSignatoryId() != null) {
				held.put(party, new Held(party.getSignatoryId(), signedOn.get(party.getProtocolId())));
			}
		}
		Map<Held, SpeakerTerm> terms = this.terms.held(held.values());
		Map<ProtocolParty, SpeakerTerm> result = new HashMap<>();
		held.forEach((party, key) -> {
			SpeakerTerm term = terms.get(key);
			if (term != null) {
				result.put(party, term);
			}
		});
		return result;
	}

	CompletableFuture<Page<Speaker>> signatories(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNATORIES, protocol.getId(), page);
	}

	CompletableFuture<Page<Protocol>> references(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, REFERENCES, protocol.getId(), page);
	}

	CompletableFuture<Page<Protocol>> referencedBy(Protocol protocol, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, REFERENCED_BY, protocol.getId(), page);
	}

	CompletableFuture<Page<Protocol>> signedDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNED_DURING, visit.getId(), page);
	}

	CompletableFuture<Page<Protocol>> signedBy(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, SIGNED_BY, speaker.getId(), page);
	}

	CompletableFuture<Page<Protocol>> partyTo(Parliament parliament, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, PARTY, parliament.getId(), page);
	}

}
