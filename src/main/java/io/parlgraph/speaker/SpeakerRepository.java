package io.parlgraph.speaker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpeakerRepository extends JpaRepository<Speaker, Long> {

	Optional<Speaker> findBySlug(String slug);

	/** Who presided over each of the given parliaments on the given day. */
	@Query("""
			select new io.parlgraph.speaker.PresidingSpeaker(t.parliamentId, s)
			from SpeakerTerm t join Speaker s on s.id = t.speakerId
			where t.parliamentId in :parliamentIds and t.startDate <= :day
			  and (t.endDate is null or t.endDate >= :day)
			""")
	List<PresidingSpeaker> findPresiding(Collection<Long> parliamentIds, LocalDate day);

}
