package io.parlgraph.apikey;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;
import org.springframework.transaction.CannotCreateTransactionException;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willThrow;

/**
 * A request whose key cannot be looked up, as the database is away, is told to come back
 * later.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeyLookupFailureTests {

	@MockitoSpyBean
	private ApiKeys apiKeys;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aKeyThatCannotBeLookedUpGetsA503ToRetryNotA500() {
		// what the pool reports when no connection to the database can be had
		willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")))
			.given(this.apiKeys)
			.authenticate(anyString());

		MvcTestResultAssert response = assertThat(
				post(this.mvc, body("{ __typename }")).header("Authorization", "Bearer pgk_some-key"));

		assertRefused(response, 503, "SERVICE_UNAVAILABLE").extractingPath("$.errors[0].message")
			.asString()
			.contains("try again")
			.doesNotContain("Hikari")
			.doesNotContain("JPA");
		response.headers().containsHeader("Retry-After").hasValue("X-Content-Type-Options", "nosniff");
	}

	@Test
	void aRequestWithoutAKeyIsServedAsUsual() {
		willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"))
			.given(this.apiKeys)
			.authenticate(anyString());

		assertThat(post(this.mvc, body("{ __typename }"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data.__typename")
			.isEqualTo("Query");
	}

}
