package io.parlgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hashes a publish is known by: the slug an article gets when it is sent without one,
 * and the fingerprint that tells a repeated publish from another one under the same
 * idempotency key.
 */
final class PublishHashes {

	/**
	 * Writes the payloads that are hashed into fingerprints: its own, so that they stay
	 * as stored.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PublishHashes() {
	}

	/** The publisher and a hash of the URL, e.g. {@code azernews-3f1c0a9b2d4e}. */
	static String defaultSlug(PublishArticleInput input) {
		String publisher = input.publisher()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		publisher = publisher.substring(0, Math.min(publisher.length(), 100));
		return (publisher.isEmpty() ? "article" : publisher) + "-"
				+ HexFormat.of().formatHex(sha256(input.url().getBytes(StandardCharsets.UTF_8)), 0, 6);
	}

	/**
	 * A hash of the publish as sent, but for its key: its input as JSON, fields in schema
	 * order.
	 */
	static String fingerprint(PublishArticleInput input) {
		ObjectNode payload = JSON.valueToTree(input);
		payload.remove("idempotencyKey");
		return HexFormat.of().formatHex(sha256(JSON.writeValueAsBytes(payload)));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
