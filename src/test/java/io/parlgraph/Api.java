package io.parlgraph;

import java.util.Map;
import java.util.UUID;

import io.parlgraph.write.Editing;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients of a running server: anonymous, or with an API key; over HTTP or WebSocket. */
public record Api(int port) {

	/** A client that sends no key. */
	public HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl(url("http")).build());
	}

	/** A client that sends the key. */
	public HttpGraphQlTester withKey(String secret) {
		return anonymous().mutate().header("Authorization", "Bearer " + secret).build();
	}

	/** A client with the admin key of {@link io.parlgraph.write.WriteTest}s. */
	public HttpGraphQlTester admin() {
		return withKey(Editing.ADMIN_KEY);
	}

	/** The secret of a new key with the role, made by the admin. */
	public String newKey(String role) {
		return admin().document(
				"mutation($name: String!, $role: ApiKeyRole!) { createApiKey(name: $name, role: $role) { secret } }")
			.variable("name", "test " + role.toLowerCase() + " " + UUID.randomUUID())
			.variable("role", role)
			.execute()
			.path("createApiKey.secret")
			.entity(String.class)
			.get();
	}

	/** A graphql-ws client. */
	public WebSocketGraphQlTester webSocket() {
		return WebSocketGraphQlTester.builder(url("ws"), new StandardWebSocketClient()).build();
	}

	/** A graphql-ws client that connects with the key. */
	public WebSocketGraphQlTester webSocket(String secret) {
		return WebSocketGraphQlTester.builder(url("ws"), new StandardWebSocketClient())
			.header("Authorization", "Bearer " + secret)
			.build();
	}

	/** Publishes a minimal article with the URL as an editor; returns its global ID. */
	public String publish(HttpGraphQlTester editor, String url, Map<String, Object> extra) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("url", url, "headline", "Headline of " + url,
				"publisher", "Test Wire", "publishedAt", "2024-05-01T09:00:00+04:00", "language", "en", "body",
				"Speaker Sahiba Gafarova received a delegation in Baku."));
		input.putAll(extra);
		GraphQlTester.Response response = editor.document(
				"mutation($in: PublishArticleInput!) { publishArticle(input: $in) { article { id } userErrors { message } } }")
			.variable("in", input)
			.execute();
		response.path("publishArticle.userErrors").entityList(Object.class).hasSize(0);
		String id = response.path("publishArticle.article.id").entity(String.class).get();
		assertThat(id).isNotBlank();
		return id;
	}

	/** Corrects the article as an editor with the changes (headline, body, note). */
	public void correct(HttpGraphQlTester editor, String id, int version, Map<String, Object> changes) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("id", id, "version", version));
		input.putAll(changes);
		editor.document("mutation($in: CorrectArticleInput!) { correctArticle(input: $in) { userErrors { code } } }")
			.variable("in", input)
			.execute()
			.path("correctArticle.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** Retracts the article as an editor. */
	public void retract(HttpGraphQlTester editor, String id, int version, String reason) {
		editor.document("mutation($in: RetractArticleInput!) { retractArticle(input: $in) { userErrors { code } } }")
			.variable("in", Map.of("id", id, "version", version, "reason", reason))
			.execute()
			.path("retractArticle.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String url(String scheme) {
		return scheme + "://localhost:" + this.port + "/graphql";
	}

}
