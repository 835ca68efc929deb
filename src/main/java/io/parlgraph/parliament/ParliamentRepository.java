package io.parlgraph.parliament;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParliamentRepository extends JpaRepository<Parliament, Long> {

	Optional<Parliament> findBySlug(String slug);

}
