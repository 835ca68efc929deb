package io.parlgraph.parliament;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ParliamentRepository extends JpaRepository<Parliament, Long>, JpaSpecificationExecutor<Parliament> {

	Optional<Parliament> findBySlug(String slug);

}
