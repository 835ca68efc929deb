package io.parlgraph.protocol;

import java.util.List;
import java.util.Map;

import io.parlgraph.graphql.ToOne;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerRepository;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code ProtocolParty} type. */
@Controller
class ProtocolPartyController {

	private final ParliamentRepository parliaments;

	private final SpeakerRepository speakers;

	ProtocolPartyController(ParliamentRepository parliaments, SpeakerRepository speakers) {
		this.parliaments = parliaments;
		this.speakers = speakers;
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

}
