package io.parlgraph.visit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

	Optional<Visit> findBySlug(String slug);

}
