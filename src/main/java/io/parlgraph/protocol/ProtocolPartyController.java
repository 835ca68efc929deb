package io.parlgraph.protocol;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parlgraph.graphql.ToOne;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
import io.parlgraph.speaker.SpeakerTerms.Held;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code ProtocolParty} type. */
@Controller
class ProtocolPartyController {

	private final ParliamentRepository parliaments;

	private final SpeakerRepository speakers;

	private final ProtocolRepository protocols;

	private final SpeakerTerms terms;

	ProtocolPartyController(ParliamentRepository parliaments, SpeakerRepository speakers,
			ProtocolRepository protocols, SpeakerTerms terms) {
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.protocols = protocols;
		this.terms = terms;
	}

	@BatchMapping
	Map<ProtocolParty, Parliament> parliament(List<ProtocolParty> parties) {
		return ToOne.resolve(parties, ProtocolParty::getParliamentId, this.parliaments::findAllById,
				Parliament::getId);
	}

	@BatchMapping
	Map<ProtocolParty, Speaker> signatory(List<ProtocolParty> parties) {
		return ToOne.resolve(parties, ProtocolParty::getSignatoryId, this.speakers::findAllById, Speaker::getId);
	}

	/** The term each signatory was serving on the day the document was signed. */
	@BatchMapping
	Map<ProtocolParty, SpeakerTerm> signatoryTerm(List<ProtocolParty> parties) {
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

}
