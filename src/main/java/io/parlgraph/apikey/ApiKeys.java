package io.parlgraph.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, checks and revokes API keys. A secret is 32 random bytes (256 bits), so a
 * single SHA-256 is the right hash to store: unlike a password it cannot be guessed, and
 * a slow hash would only slow every request. The initial admin key comes from
 * {@code parlgraph.admin-key} ({@code PARLGRAPH_ADMIN_KEY}); there is no default.
 */
@Service
public class ApiKeys implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeys.class);

	/** Shortest secret accepted from configuration: about 128 bits in base64. */
	static final int MIN_CONFIGURED_SECRET_LENGTH = 22;

	private static final String PREFIX = "pgk_";

	/** The name of the key configured as {@code parlgraph.admin-key}, kept for it. */
	static final String CONFIGURED_NAME = "configured admin key";

	/** The size of the name's column. */
	static final int MAX_NAME_LENGTH = 200;

	private final BytesKeyGenerator secrets = KeyGenerators.secureRandom(32);

	private final ApiKeyRepository repository;

	private final TransactionTemplate transaction;

	private final String configuredAdminKey;

	ApiKeys(ApiKeyRepository repository, PlatformTransactionManager transactions,
			@Value("${parlgraph.admin-key:}") String configuredAdminKey) {
		this.repository = repository;
		this.transaction = new TransactionTemplate(transactions);
		this.configuredAdminKey = configuredAdminKey;
	}

	/** A new key and its secret, which is not stored and cannot be shown again. */
	public record Issued(ApiKey apiKey, String secret) {
	}

	/**
	 * Stores the configured admin key, unless it is stored already (instances that share
	 * a database each try), and revokes the one configured before it: rotating the secret
	 * ends the old one. A configured key that was revoked stays revoked, and revokes
	 * nothing.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (this.configuredAdminKey.isEmpty()) {
			return;
		}
		if (this.configuredAdminKey.strip().length() < MIN_CONFIGURED_SECRET_LENGTH) {
			throw new IllegalStateException(
					"parlgraph.admin-key (PARLGRAPH_ADMIN_KEY) must be at least " + MIN_CONFIGURED_SECRET_LENGTH
							+ " characters: use a random secret, e.g. `openssl rand -base64 32`");
		}
		String hash = hash(this.configuredAdminKey.strip());
		try {
			this.transaction.executeWithoutResult(status -> storeConfiguredAdminKey(hash));
		}
		catch (DataIntegrityViolationException ex) {
			// Instances sharing a database that start at once each found no key, and
			// another one's
			// insert came first: the key is stored, and looking again finds it
			logger.info("Another instance stored the admin key from parlgraph.admin-key at the same time");
			this.transaction.executeWithoutResult(status -> storeConfiguredAdminKey(hash));
		}
	}

	private void storeConfiguredAdminKey(String hash) {
		Optional<ApiKey> stored = this.repository.findBySecretHash(hash);
		if (stored.isPresent() && stored.get().isRevoked()) {
			logger.warn("The admin key from parlgraph.admin-key is revoked: configure a new secret");
			return;
		}
		if (stored.isEmpty()) {
			this.repository.save(new ApiKey(CONFIGURED_NAME, ApiKeyRole.ADMIN, hash, Instant.now()));
			logger.info("Stored the admin key from parlgraph.admin-key");
		}
		for (ApiKey earlier : this.repository.findByNameAndRevokedAtIsNull(CONFIGURED_NAME)) {
			if (!earlier.getSecretHash().equals(hash)) {
				earlier.revoke(Instant.now());
				logger.info("Revoked the admin key configured before (API key {})", earlier.getId());
			}
		}
	}

	/**
	 * A new key, named as no other may be named: the configured key's name is kept for
	 * it.
	 */
	@Transactional
	public Issued issue(String name, ApiKeyRole role, UserErrors errors) {
		String checked = errors.required(name, MAX_NAME_LENGTH, "name");
		if (CONFIGURED_NAME.equals(checked)) {
			errors.add(Code.INVALID, "Kept for the key configured as parlgraph.admin-key: choose another name", "name");
		}
		errors.throwIfAny();
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(this.secrets.generateKey());
		ApiKey key = this.repository.save(new ApiKey(checked, role, hash(secret), Instant.now()));
		return new Issued(key, secret);
	}

	/** Revokes the key for good and returns it; refuses an ID that names no key. */
	@Transactional
	public ApiKey revoke(String id, UserErrors errors) {
		ApiKey key = this.repository.findById(errors.orThrow(errors.id(id, "ApiKey", "id")))
			.orElseThrow(() -> RejectedInputException.of(Code.NOT_FOUND, "No API key with this ID", "id"));
		if (!key.isRevoked()) {
			key.revoke(Instant.now());
		}
		return key;
	}

	/** The live key with this secret, if any. */
	@Transactional(readOnly = true)
	public Optional<ApiKey> authenticate(String secret) {
		return this.repository.findBySecretHash(hash(secret)).filter(key -> !key.isRevoked());
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
