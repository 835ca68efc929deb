package io.parlgraph.protocol;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtocolPartyRepository extends JpaRepository<ProtocolParty, ProtocolParty.Key> {

	List<ProtocolParty> findByProtocolIdInOrderByProtocolIdAscPartyNoAsc(Collection<Long> protocolIds);

}
