package io.parlgraph.protocol;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A document to create (GraphQL {@code ProtocolInput}). */
public record ProtocolInput(String slug, ProtocolKind kind, String title, LocalDate signedOn, @Nullable String city,
		@Nullable String country, @Nullable String visit, List<ProtocolPartyInput> parties) {

	/** A party to the document (GraphQL {@code ProtocolPartyInput}). */
	public record ProtocolPartyInput(String country, @Nullable String parliament, @Nullable String signatory,
			String signatoryName, @Nullable String signatoryTitle) {
	}

}
