package io.parlgraph.apikey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * An API key: its name and role, and a hash of its secret (the secret itself is shown
 * once, at creation).
 */
@Entity
public class ApiKey extends BaseEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private ApiKeyRole role;

	private String secretHash;

	private Instant createdAt;

	private @Nullable Instant revokedAt;

	protected ApiKey() {
	}

	ApiKey(String name, ApiKeyRole role, String secretHash, Instant createdAt) {
		this.name = name;
		this.role = role;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
	}

	public String getName() {
		return this.name;
	}

	public ApiKeyRole getRole() {
		return this.role;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt.atOffset(ZoneOffset.UTC);
	}

	public @Nullable OffsetDateTime getRevokedAt() {
		return (this.revokedAt != null) ? this.revokedAt.atOffset(ZoneOffset.UTC) : null;
	}

	String getSecretHash() {
		return this.secretHash;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	void revoke(Instant at) {
		this.revokedAt = at;
	}

}
