package io.parlgraph.speaker;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpeakerNameRepository extends JpaRepository<SpeakerName, SpeakerName.Key> {

	List<SpeakerName> findBySpeakerIdIn(Collection<Long> speakerIds);

}
