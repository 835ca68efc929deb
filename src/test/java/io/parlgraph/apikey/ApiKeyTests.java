package io.parlgraph.apikey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parlgraph.Api;
import io.parlgraph.QuietLoggers;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.write.Editing;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

/** Who may write: anonymous clients, editors, admins and revoked keys. */
@WriteTest
class ApiKeyTests {

	private static final String CREATE_KEY = "mutation { createApiKey(name: \"wire desk\", role: EDITOR) { apiKey { id name role revokedAt } secret userErrors { code } } }";

	@LocalServerPort
	private int port;

	private Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void anAdminCreatesAKeyWhoseSecretIsShownOnceAndStoredOnlyAsAHash(@Autowired JdbcClient jdbc) {
		var created = this.api.admin().document(CREATE_KEY).execute();
		String secret = created.path("createApiKey.secret").entity(String.class).get();
		String id = created.path("createApiKey.apiKey.id").entity(String.class).get();

		assertThat(secret).startsWith("pgk_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("select secret_hash from api_key where id = ?")
			.param(GlobalId.decode(id, "ApiKey"))
			.query(String.class)
			.single()).isEqualTo(ApiKeys.hash(secret)).doesNotContain(secret);
		this.api.admin()
			.document("{ apiKeys(first: 100) { edges { node { id name role } } } }")
			.execute()
			.path("apiKeys.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
	}

	@Test
	void withoutAKeyAMutationIsUnauthorizedAndReadsStillWork() {
		HttpGraphQlTester anonymous = this.api.anonymous();
		anonymous.document(CREATE_KEY)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
				assertThat(error.getMessage()).isEqualTo("Unauthorized");
			}));
		anonymous.document("{ parliaments(first: 1) { edges { node { slug } } } }")
			.execute()
			.path("parliaments.edges")
			.entityList(Object.class)
			.hasSize(1);
	}

	@Test
	void anEditorMayPublishButNotManageKeys() {
		HttpGraphQlTester editor = this.api.withKey(this.api.newKey("EDITOR"));

		editor.document(CREATE_KEY)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		editor.document("{ apiKeys { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		this.api.publish(editor, "https://wire.example/editor-may-publish", Map.of());
	}

	@Test
	void aRevokedKeyIsUnauthorizedFromThenOn() {
		String secret = this.api.newKey("EDITOR");
		HttpGraphQlTester editor = this.api.withKey(secret);
		this.api.publish(editor, "https://wire.example/before-revocation", Map.of());
		String id = this.api.admin()
			.document("{ apiKeys(last: 1) { edges { node { id } } } }")
			.execute()
			.path("apiKeys.edges[0].node.id")
			.entity(String.class)
			.get();

		this.api.admin()
			.document("mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } userErrors { code } } }")
			.variable("id", id)
			.execute()
			.path("revokeApiKey.apiKey.revokedAt")
			.entity(String.class)
			.satisfies(revokedAt -> assertThat(revokedAt).isNotBlank());

		editor.document(
				"mutation { retractArticle(input: {id: \"QXJ0aWNsZTox\", version: 0, reason: \"x\"}) { userErrors { code } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void aRequestWithAWriteKeySpendsTheBudgetOfTheKeyNotOfItsAddress() throws Exception {
		String secret = this.api.newKey("EDITOR");
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest.Builder read = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body("{ __typename }")));

		HttpResponse<String> anonymous = http.send(read.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> withKey = http.send(read.header("Authorization", "Bearer " + secret).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.headers().firstValue("X-RateLimit-Limit")).hasValue("5000");
		assertThat(withKey.headers().firstValue("X-RateLimit-Limit")).hasValue("20000");
		assertThat(withKey.headers().firstValue("X-RateLimit-Used")).hasValue("1");
	}

	@Test
	void aMutationWithOneForbiddenRootFieldRunsNoneOfThem(@Autowired JdbcClient jdbc) {
		HttpGraphQlTester editor = this.api.withKey(this.api.newKey("EDITOR"));

		editor
			.document(
					"""
							mutation {
							  a: createSpeaker(input: {slug: "allowed-but-not-alone", name: "Allowed", country: "AZ"}) { speaker { id } }
							  b: createApiKey(name: "not for editors", role: ADMIN) { secret }
							}""")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getPath()).isEqualTo("b");
			}));
		assertThat(jdbc.sql("select count(*) from speaker where slug = 'allowed-but-not-alone'")
			.query(Long.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@ValueSource(ints = { 201, 0 })
	void aKeyNameLongerThanItsColumnOrKeptForTheConfiguredKeyIsAUserError(int length) {
		String name = (length > 0) ? "n".repeat(length) : ApiKeys.CONFIGURED_NAME;
		this.api.admin()
			.document(
					"mutation($name: String!) { createApiKey(name: $name, role: EDITOR) { secret userErrors { field code } } }")
			.variable("name", name)
			.execute()
			.path("createApiKey.userErrors[0]")
			.entity(Map.class)
			.satisfies(error -> assertThat(error).containsEntry("field", List.of("name"))
				.containsEntry("code", "INVALID"));
	}

	@Test
	void aNewConfiguredAdminKeyRevokesThePreviouslyConfiguredOne(@Autowired ApiKeyRepository repository,
			@Autowired PlatformTransactionManager transactions) {
		String rotated = "rotated-admin-key-0123456789abcdef";
		// rolled back: the other tests keep the configured admin key
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			ApiKeys keys = new ApiKeys(repository, transactions, rotated);
			keys.afterSingletonsInstantiated();

			assertThat(keys.authenticate(rotated)).isPresent();
			assertThat(keys.authenticate(Editing.ADMIN_KEY)).isEmpty();
			assertThat(repository.findAll())
				.filteredOn(key -> key.getName().equals("configured admin key") && !key.isRevoked())
				.hasSize(1);
		});
		assertThat(this.api.admin()
			.document("{ apiKeys { totalCount } }")
			.execute()
			.path("apiKeys.totalCount")
			.entity(Integer.class)
			.get()).isPositive();
	}

	@Test
	@QuietLoggers("org.hibernate.orm.jdbc.error")
	void anInstanceStartsWhenAnotherStoredTheSameConfiguredKeyJustAfterItLooked(@Autowired ApiKeyRepository repository,
			@Autowired PlatformTransactionManager transactions) {
		// Instances sharing a database start at once: another one stores the configured
		// key (here,
		// at this test server's start) between this one's lookup, which found none, and
		// its insert
		String hash = ApiKeys.hash(Editing.ADMIN_KEY);
		ApiKeyRepository lookedTooEarly = mock(ApiKeyRepository.class, delegatesTo(repository));
		doReturn(Optional.empty()).doAnswer(call -> repository.findBySecretHash(hash))
			.when(lookedTooEarly)
			.findBySecretHash(hash);

		new ApiKeys(lookedTooEarly, transactions, Editing.ADMIN_KEY).afterSingletonsInstantiated();

		assertThat(repository.findAll())
			.filteredOn(key -> key.getName().equals(ApiKeys.CONFIGURED_NAME) && !key.isRevoked())
			.singleElement()
			.extracting(ApiKey::getSecretHash)
			.isEqualTo(hash);
	}

	@ParameterizedTest
	@CsvSource({ "QXBpS2V5Ojk5OTk5OQ, NOT_FOUND", "4, INVALID", "UGFybGlhbWVudDox, INVALID" })
	void revokingAnUnknownKeyOrByAnotherIdIsAUserError(String id, String code) {
		this.api.admin()
			.document("mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } userErrors { field code } } }")
			.variable("id", id)
			.execute()
			.path("revokeApiKey.userErrors[0].code")
			.entity(String.class)
			.isEqualTo(code);
	}

	@Test
	void aKeyHasAGlobalIdThatOnlyAdminsLookUp() {
		String id = this.api.admin()
			.document(CREATE_KEY)
			.execute()
			.path("createApiKey.apiKey.id")
			.entity(String.class)
			.get();
		String lookUp = "query($id: ID!) { node(id: $id) { id ... on ApiKey { name } } nodes(ids: [$id]) { id } }";

		assertThat(GlobalId.decode(id).type()).isEqualTo("ApiKey");
		var asAdmin = this.api.admin().document(lookUp).variable("id", id).execute();
		asAdmin.path("node.id").entity(String.class).isEqualTo(id);
		asAdmin.path("node.name").entity(String.class).isEqualTo("wire desk");
		asAdmin.path("nodes[0].id").entity(String.class).isEqualTo(id);
		for (HttpGraphQlTester other : List.of(this.api.anonymous(), this.api.withKey(this.api.newKey("EDITOR")))) {
			var response = other.document(lookUp).variable("id", id).execute();
			response.errors().verify();
			response.path("node").valueIsNull();
			response.path("nodes[0]").valueIsNull();
		}
	}

}
