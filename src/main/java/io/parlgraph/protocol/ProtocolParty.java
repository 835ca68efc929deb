package io.parlgraph.protocol;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.jspecify.annotations.Nullable;

/**
 * A party to a protocol: a state, maybe acting through its parliament, and who signed for
 * it.
 */
@Entity
@IdClass(ProtocolParty.Key.class)
public class ProtocolParty {

	@Id
	private long protocolId;

	@Id
	private int partyNo;

	@Column(name = "country_code")
	private String country;

	private @Nullable Long parliamentId;

	private @Nullable Long signatoryId;

	private String signatoryName;

	private @Nullable String signatoryTitle;

	protected ProtocolParty() {
	}

	public ProtocolParty(long protocolId, int partyNo, String country, @Nullable Long parliamentId,
			@Nullable Long signatoryId, String signatoryName, @Nullable String signatoryTitle) {
		this.protocolId = protocolId;
		this.partyNo = partyNo;
		this.country = country;
		this.parliamentId = parliamentId;
		this.signatoryId = signatoryId;
		this.signatoryName = signatoryName;
		this.signatoryTitle = signatoryTitle;
	}

	public long getProtocolId() {
		return this.protocolId;
	}

	public int getPartyNo() {
		return this.partyNo;
	}

	public String getCountry() {
		return this.country;
	}

	public @Nullable Long getParliamentId() {
		return this.parliamentId;
	}

	public @Nullable Long getSignatoryId() {
		return this.signatoryId;
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public @Nullable String getSignatoryTitle() {
		return this.signatoryTitle;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProtocolParty party && party.protocolId == this.protocolId
				&& party.partyNo == this.partyNo;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.protocolId, this.partyNo);
	}

	record Key(long protocolId, int partyNo) implements Serializable {
	}

}
