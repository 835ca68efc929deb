package io.parlgraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook mutations and queries as a client sends them, and a signature check written
 * from the specification.
 */
record Hooks(HttpGraphQlTester client) {

	static final String DELIVERIES = "{ webhooks(first: 100) { edges { node { id enabled disabledReason position"
			+ " deliveries(last: 100) { edges { node { eventCursor messageId statusCode succeeded failure"
			+ " attemptedAt durationMs responseBody } } } } } } }";

	/** A webhook made with {@code createWebhook}: its ID and secret. */
	record Created(String id, String secret) {
	}

	Created create(String url, Map<String, Object> filter) {
		GraphQlTester.Response response = this.client
			.document("mutation($url: URL!, $filter: ArticleEventFilter) { createWebhook(url: $url, filter: $filter,"
					+ " description: \"test\") { webhook { id } secret userErrors { field code message } } }")
			.variable("url", url)
			.variable("filter", filter)
			.execute();
		response.path("createWebhook.userErrors").entityList(Object.class).hasSize(0);
		return new Created(response.path("createWebhook.webhook.id").entity(String.class).get(),
				response.path("createWebhook.secret").entity(String.class).get());
	}

	Created create(String url) {
		return create(url, Map.of());
	}

	/**
	 * The webhook's fields, as {@code webhooks} lists it (null if the caller does not see
	 * it).
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> read(String id) {
		List<Map<String, Object>> nodes = this.client.document(DELIVERIES)
			.execute()
			.path("webhooks.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map(node -> (Map<String, Object>) node)
			.toList();
		return nodes.stream().filter(node -> id.equals(node.get("id"))).findFirst().orElse(null);
	}

	/** The webhook's delivery log, oldest first. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> deliveries(String id) {
		Map<String, Object> deliveries = (Map<String, Object>) read(id).get("deliveries");
		return ((List<Map<String, Object>>) deliveries.get("edges")).stream()
			.map(edge -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

	/**
	 * Whether the request carries a valid {@code webhook-signature} for the secret
	 * (Standard Webhooks).
	 */
	static boolean signedWith(String secret, Receiver.Request request) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String signed = request.id() + "." + request.headers().get("webhook-timestamp") + "." + request.body();
			String expected = "v1,"
					+ Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
			return Arrays.asList(request.headers().get("webhook-signature").split(" ")).contains(expected);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void assertSignedWith(String secret, Receiver.Request request) {
		assertThat(signedWith(secret, request)).as("signature of %s", request.id()).isTrue();
	}

}
