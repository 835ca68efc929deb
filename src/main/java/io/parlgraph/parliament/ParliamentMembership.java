package io.parlgraph.parliament;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A national parliament's membership of an assembly. */
@Entity
@IdClass(ParliamentMembership.Key.class)
public class ParliamentMembership {

	@Id
	private long memberId;

	@Id
	private long assemblyId;

	protected ParliamentMembership() {
	}

	public ParliamentMembership(long memberId, long assemblyId) {
		this.memberId = memberId;
		this.assemblyId = assemblyId;
	}

	record Key(long memberId, long assemblyId) implements Serializable {
	}

}
