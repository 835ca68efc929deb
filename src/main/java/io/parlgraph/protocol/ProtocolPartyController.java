package io.parlgraph.protocol;

import java.util.List;
import java.util.Map;

import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code ProtocolParty} type. */
@Controller
class ProtocolPartyController {

	private final ProtocolQueries queries;

	ProtocolPartyController(ProtocolQueries queries) {
		this.queries = queries;
	}

	@BatchMapping
	Map<ProtocolParty, Parliament> parliament(List<ProtocolParty> parties) {
		return this.queries.parliamentsOf(parties);
	}

	@BatchMapping
	Map<ProtocolParty, Speaker> signatory(List<ProtocolParty> parties) {
		return this.queries.signatoriesOf(parties);
	}

	/** The term each signatory was serving on the day the document was signed. */
	@BatchMapping
	Map<ProtocolParty, SpeakerTerm> signatoryTerm(List<ProtocolParty> parties) {
		return this.queries.signatoryTerms(parties);
	}

}
