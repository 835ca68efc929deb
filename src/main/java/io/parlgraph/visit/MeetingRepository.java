package io.parlgraph.visit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findBySlug(String slug);

}
