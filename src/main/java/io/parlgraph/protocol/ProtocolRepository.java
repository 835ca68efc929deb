package io.parlgraph.protocol;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtocolRepository extends JpaRepository<Protocol, Long> {

	Optional<Protocol> findBySlug(String slug);

}
