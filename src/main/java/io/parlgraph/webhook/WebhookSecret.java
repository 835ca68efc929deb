package io.parlgraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing secrets in the Standard Webhooks format: {@code whsec_} and the base64 of 32
 * random bytes; a message's signature is {@code v1,} and the base64 HMAC-SHA256, keyed
 * with those bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSecret {

	static final String PREFIX = "whsec_";

	private static final SecureRandom random = new SecureRandom();

	private WebhookSecret() {
	}

	static String generate() {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The {@code webhook-signature} header of a message. */
	static String sign(String secret, String messageId, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
			byte[] signature = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
