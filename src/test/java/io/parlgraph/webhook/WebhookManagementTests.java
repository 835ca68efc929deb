package io.parlgraph.webhook;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parlgraph.Api;
import io.parlgraph.StatementRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who manages which webhooks, the secret shown once, and endpoints on internal addresses
 * refused.
 */
@WebhookTest
class WebhookManagementTests {

	@LocalServerPort
	private int port;

	private Api api;

	private HttpGraphQlTester editor;

	private Hooks hooks;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
		this.hooks = new Hooks(this.editor);
	}

	@Test
	void theSecretIsShownOnlyWhenMadeAndARotatedOneSignsWhatFollows() throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			assertThat(webhook.secret()).matches("whsec_[A-Za-z0-9+/]{43}=");
			this.editor.document("{ webhooks { edges { node { secret } } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("secret")));

			String rotated = this.editor
				.document("mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }")
				.variable("id", webhook.id())
				.execute()
				.path("rotateWebhookSecret.secret")
				.entity(String.class)
				.get();
			publish();
			await().until(() -> !receiver.requests().isEmpty());

			assertThat(rotated).isNotEqualTo(webhook.secret()).startsWith("whsec_");
			Hooks.assertSignedWith(rotated, receiver.requests().get(0));
			assertThat(Hooks.signedWith(webhook.secret(), receiver.requests().get(0))).isFalse();
		}
	}

	@Test
	void anEditorSeesAndManagesOnlyTheWebhooksItsKeyMade() {
		Hooks.Created own = this.hooks.create("http://127.0.0.1:9/own");
		Hooks.Created others = new Hooks(this.api.withKey(this.api.newKey("EDITOR")))
			.create("http://127.0.0.1:9/other");

		assertThat(this.hooks.read(own.id())).isNotNull();
		assertThat(this.hooks.read(others.id())).isNull();
		for (String mutation : List.of("deleteWebhook", "enableWebhook", "pingWebhook", "rotateWebhookSecret")) {
			this.editor.document("mutation($id: ID!) { " + mutation + "(id: $id) { userErrors { field code } } }")
				.variable("id", others.id())
				.execute()
				.path(mutation + ".userErrors")
				.entityList(Map.class)
				.containsExactly(Map.of("field", List.of("id"), "code", "NOT_FOUND"));
		}
		Hooks admin = new Hooks(this.api.admin());
		assertThat(admin.read(own.id())).isNotNull();
		assertThat(admin.read(others.id())).isNotNull();
		this.api.anonymous()
			.document("{ webhooks { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	@Test
	void anUpdateChangesOnlyTheFieldsGivenAndABadFilterIsRefused() {
		Hooks.Created webhook = this.hooks.create("http://127.0.0.1:9/before", Map.of("language", "az"));

		this.editor
			.document("mutation($id: ID!) { updateWebhook(id: $id, url: \"http://127.0.0.1:9/after\") {"
					+ " webhook { url filter description } userErrors { code } } }")
			.variable("id", webhook.id())
			.execute()
			.path("updateWebhook.webhook")
			.entity(Map.class)
			.isEqualTo(Map.of("url", "http://127.0.0.1:9/after", "filter", "{\"language\":\"az\"}", "description",
					"test"));
		this.editor
			.document("mutation($id: ID!) { updateWebhook(id: $id, filter: {speaker: \"UGFybGlhbWVudDoy\"}) {"
					+ " userErrors { field code } } }")
			.variable("id", webhook.id())
			.execute()
			.path("updateWebhook.userErrors")
			.entityList(Map.class)
			.containsExactly(Map.of("field", List.of("filter"), "code", "INVALID"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.10/", "http://172.16.5.4/",
			"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://[::1]/", "http://0.0.0.0/",
			"http://224.0.0.1/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a00:1]/" })
	void anEndpointOnAnInternalAddressIsRefused(String url) {
		this.editor.document(
				"mutation($url: URL!) { createWebhook(url: $url) { webhook { id } userErrors { field code message } } }")
			.variable("url", url)
			.execute()
			.path("createWebhook.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> {
				assertThat(error).containsEntry("field", List.of("url")).containsEntry("code", "INVALID");
				assertThat((String) error.get("message")).contains("internal address");
			});
	}

	@Test
	void publicAddressesAreNotInternal() throws Exception {
		for (String address : List.of("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "2606:4700:4700::1111")) {
			assertThat(EndpointGuard.isInternal(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void aDeliveryIsRefusedWhenTheHostNowResolvesToAnInternalAddress(@Autowired JdbcClient jdbc) throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			Hooks.Created webhook = this.hooks.create(receiver.url());
			// as if its name resolved elsewhere since: "localhost" is not among the
			// allowed hosts
			jdbc.sql("update webhook set url = ? where id = ?")
				.param(receiver.url().replace("127.0.0.1", "localhost"))
				.param(Long.parseLong(webhook.id()))
				.update();
			publish();

			await().until(() -> !this.hooks.deliveries(webhook.id()).isEmpty());

			assertThat(this.hooks.deliveries(webhook.id()).get(0)).containsEntry("statusCode", null)
				.satisfies(delivery -> assertThat((String) delivery.get("failure"))
					.startsWith("Refused: The host 'localhost' resolves to 127.0.0.1"));
			assertThat(receiver.requests()).isEmpty();
		}
	}

	@Test
	void theDeliveryLogsOfAPageOfWebhooksAreReadInOneStatement(@Autowired StatementRecorder recorder) throws Exception {
		try (Receiver receiver = Receiver.always(200)) {
			List<String> ids = List.of(this.hooks.create(receiver.url()).id(), this.hooks.create(receiver.url()).id(),
					this.hooks.create(receiver.url()).id());
			publish();
			// each attempt is logged once its answer is read
			await().until(() -> ids.stream().allMatch(id -> this.hooks.deliveries(id).size() == 1));

			recorder.clear();
			List<Integer> logSizes = ids.stream().map(id -> this.hooks.deliveries(id).size()).toList();
			long deliveryReads = recorder.statements()
				.stream()
				.filter(statement -> statement.sql().toLowerCase().startsWith("select")
						&& statement.sql().contains("webhook_delivery"))
				.count();

			assertThat(logSizes).containsExactly(1, 1, 1);
			// one webhooks query per ID above, each reading every listed webhook's log at
			// once
			assertThat(deliveryReads).isEqualTo(ids.size());
		}
	}

	private void publish() {
		this.api.publish(this.editor, "https://wire.example/" + UUID.randomUUID(), Map.of());
	}

}
