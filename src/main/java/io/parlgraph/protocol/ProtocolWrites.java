package io.parlgraph.protocol;

import static io.parlgraph.write.UserErrors.path;

import java.util.ArrayList;
import java.util.List;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.protocol.ProtocolInput.ProtocolPartyInput;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Creates and updates documents with their parties, in the caller's transaction,
 * searchable at once.
 */
@Component
public class ProtocolWrites extends FactWrites<Protocol, ProtocolInput> {

	private static final int MAX_PARTIES = 100;

	private final ProtocolPartyRepository parties;

	ProtocolWrites(ProtocolRepository protocols, ProtocolPartyRepository parties, StoredFacts facts,
			EntityManager entityManager, SearchIndex searchIndex) {
		super(Protocol.class, protocols, searchIndex.of(SearchableType.PROTOCOL), Protocol::update, facts,
				entityManager);
		this.parties = parties;
	}

	/** A party as checked, to be numbered and saved with its document. */
	private record Party(String country, @Nullable Long parliamentId, @Nullable Long signatoryId, String signatoryName,
			@Nullable String signatoryTitle) {
	}

	Protocol update(UpdateProtocolInput input, UserErrors errors) {
		Protocol stored = toUpdate(input.id(), input.version());
		List<ProtocolParty> storedParties = this.parties
			.findByProtocolIdInOrderByProtocolIdAscPartyNoAsc(List.of(stored.getId()));
		ProtocolInput merged = new ProtocolInput(
				Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.required(input.title(), stored.getTitle(), errors, "input", "title"),
				Patch.required(input.signedOn(), stored.getSignedOn(), errors, "input", "signedOn"),
				Patch.or(input.city(), stored.getCity()), Patch.or(input.country(), stored.getCountry()),
				Patch.reference(input.visit(), "Visit", stored.getVisitId()), Patch.required(input.parties(),
						storedParties.stream().map(ProtocolWrites::asInput).toList(), errors, "input", "parties"));
		return update(stored, merged, input.parties().isOmitted() ? null : storedParties, errors);
	}

	@Override
	public @Nullable Checked<Protocol> unsaved(ProtocolInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		String title = errors.required(input.title(), 1000, path(at, "title"));
		errors.atMost(200, input.city(), path(at, "city"));
		Long visit = errors.id(input.visit(), "Visit", path(at, "visit"));
		if (input.parties().isEmpty() || input.parties().size() > MAX_PARTIES) {
			errors.add(Code.INVALID, "Give 1 to " + MAX_PARTIES + " parties", path(at, "parties"));
		}
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < input.parties().size(); i++) {
			parties.add(party(input.parties().get(i), errors, path(at, "parties", String.valueOf(i))));
		}
		if (errors.count() > errorsBefore || slug == null || title == null) {
			return null;
		}
		return new Checked<>(
				new Protocol(slug, input.kind(), title, input.signedOn(), input.city(), input.country(), visit),
				id -> numbered(id, parties));
	}

	@Override
	protected void checkStored(ProtocolInput input, @Nullable Protocol self, UserErrors errors, String... at) {
		this.facts.slugFree(Protocol.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Visit.class, input.visit(), errors, path(at, "visit"));
		for (int i = 0; i < input.parties().size(); i++) {
			String[] party = path(at, "parties", String.valueOf(i));
			this.facts.exists(Parliament.class, input.parties().get(i).parliament(), errors, path(party, "parliament"));
			this.facts.exists(Speaker.class, input.parties().get(i).signatory(), errors, path(party, "signatory"));
		}
	}

	private @Nullable Party party(ProtocolPartyInput input, UserErrors errors, String... at) {
		Long parliament = errors.id(input.parliament(), "Parliament", path(at, "parliament"));
		Long signatory = errors.id(input.signatory(), "Speaker", path(at, "signatory"));
		String name = errors.required(input.signatoryName(), 500, path(at, "signatoryName"));
		errors.atMost(500, input.signatoryTitle(), path(at, "signatoryTitle"));
		return (name != null) ? new Party(input.country(), parliament, signatory, name, input.signatoryTitle()) : null;
	}

	/** The parties as stored, numbered from 1 in the order given. */
	private static List<ProtocolParty> numbered(long protocolId, List<Party> parties) {
		List<ProtocolParty> numbered = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			Party party = parties.get(i);
			numbered.add(new ProtocolParty(protocolId, i + 1, party.country(), party.parliamentId(),
					party.signatoryId(), party.signatoryName(), party.signatoryTitle()));
		}
		return numbered;
	}

	private static ProtocolPartyInput asInput(ProtocolParty party) {
		return new ProtocolPartyInput(party.getCountry(),
				(party.getParliamentId() != null) ? GlobalId.encode("Parliament", party.getParliamentId()) : null,
				(party.getSignatoryId() != null) ? GlobalId.encode("Speaker", party.getSignatoryId()) : null,
				party.getSignatoryName(), party.getSignatoryTitle());
	}

}
