package io.parlgraph.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	Optional<Article> findByUrl(String url);

	Optional<Article> findByIdempotencyKey(String idempotencyKey);

}
