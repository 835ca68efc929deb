package io.parlgraph.apikey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findBySecretHash(String secretHash);

	List<ApiKey> findByNameAndRevokedAtIsNull(String name);

}
