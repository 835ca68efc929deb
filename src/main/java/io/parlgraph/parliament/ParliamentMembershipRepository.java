package io.parlgraph.parliament;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParliamentMembershipRepository extends JpaRepository<ParliamentMembership, ParliamentMembership.Key> {

}
