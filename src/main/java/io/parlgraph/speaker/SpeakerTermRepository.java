package io.parlgraph.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpeakerTermRepository extends JpaRepository<SpeakerTerm, Long> {

	Optional<SpeakerTerm> findBySlug(String slug);

	List<SpeakerTerm> findBySpeakerIdIn(Collection<Long> speakerIds);

}
