package io.parlgraph.speaker;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpeakerTermRepository extends JpaRepository<SpeakerTerm, Long> {

	Optional<SpeakerTerm> findBySlug(String slug);

}
