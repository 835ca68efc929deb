package io.parlgraph.quote;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

	Optional<Quote> findBySlug(String slug);

}
