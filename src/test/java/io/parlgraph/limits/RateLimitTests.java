package io.parlgraph.limits;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client, by API key or else by IP address, spends its own budget of points; a
 * request costs one point per hundred pages it may fetch, at least one, and one point
 * when refused.
 */
// the database time of these small queries is never charged: the points are the estimates
// alone
@SpringBootTest(
		properties = { "parlgraph.limits.rate-limit.points=10", "parlgraph.limits.rate-limit.free-database-time=1m",
				"parlgraph.limits.rate-limit.api-keys=key-one", "parlgraph.limits.rate-limit.api-key-points=1000" })
@AutoConfigureMockMvc
class RateLimitTests {

	/** Costs 5 points: 1 + 100 + 400 pages. */
	// language=GraphQL
	private static final String FIVE_POINTS = """
			{ speakers(first: 100) { edges { node {
			  visits(first: 4) { edges { node { quotes(first: 5) { edges { cursor } } } } }
			} } } }
			""";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theRateLimitFieldAndHeadersReportTheBudgetAsThisRequestLeftIt() {
		var response = assertThat(
				from("10.0.0.1", body("{ rateLimit { limit cost used remaining resetAt nodeCount } }")))
			.hasStatusOk();
		response.headers()
			.hasValue("X-RateLimit-Limit", "10")
			.hasValue("X-RateLimit-Remaining", "9")
			.hasValue("X-RateLimit-Used", "1")
			.containsHeader("X-RateLimit-Reset");
		response.bodyJson()
			.extractingPath("$.data.rateLimit")
			.asMap()
			.containsEntry("limit", 10)
			.containsEntry("cost", 1)
			.containsEntry("used", 1)
			.containsEntry("remaining", 9)
			.containsEntry("nodeCount", 0)
			.containsKey("resetAt");
	}

	@Test
	void aSpentBudgetRefusesEveryRequestUnreadWith429AndRetryAfter() {
		for (int i = 0; i < 10; i++) {
			assertThat(from("10.0.0.2", body("{ __typename }"))).hasStatusOk();
		}
		var refused = assertThat(from("10.0.0.2", body("{ this is not even GraphQL")));
		assertRefused(refused, 429, "RATE_LIMITED");
		refused.headers().containsHeader("Retry-After").hasValue("X-RateLimit-Remaining", "0");
		assertRefused(assertThat(from("10.0.0.2", body("{ __typename }")).accept(MediaType.APPLICATION_JSON)), 429,
				"RATE_LIMITED");
	}

	@Test
	void anOperationCostingMoreThanIsLeftIsRefusedForOnePoint() {
		assertThat(from("10.0.0.3", body(FIVE_POINTS))).hasStatusOk().headers().hasValue("X-RateLimit-Used", "5");
		for (int i = 0; i < 3; i++) {
			assertThat(from("10.0.0.3", body("{ __typename }"))).hasStatusOk();
		}

		assertRefused(assertThat(from("10.0.0.3", body(FIVE_POINTS))), 429, "RATE_LIMITED")
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("This operation costs 5 points, but only 2 of your 10 points are left until ");
		assertThat(from("10.0.0.3", body("{ rateLimit { used remaining } }"))).bodyJson()
			.extractingPath("$.data.rateLimit")
			.asMap()
			.containsEntry("used", 10)
			.containsEntry("remaining", 0);
	}

	@Test
	void aRefusedDocumentCostsOnePoint() {
		assertRefused(assertThat(from("10.0.0.4", body("{ " + "a: __typename ".repeat(16) + "}"))), 400,
				"MAX_ALIASES_LIMIT");
		assertThat(from("10.0.0.4", body("{ rateLimit { used } }"))).bodyJson()
			.extractingPath("$.data.rateLimit.used")
			.isEqualTo(2);
	}

	@Test
	void anApiKeyHasABudgetOfItsOwn() {
		assertThat(from("10.0.0.5", body("{ __typename }"))).hasStatusOk();
		assertThat(from("10.0.0.5", body("{ rateLimit { limit used } }")).header("X-API-Key", "key-one")).bodyJson()
			.extractingPath("$.data.rateLimit")
			.asMap()
			.containsEntry("limit", 1000)
			.containsEntry("used", 1);
	}

	@Test
	void anUnknownApiKeyIsRefused() {
		assertRefused(assertThat(from("10.0.0.6", body("{ __typename }")).header("X-API-Key", "guessed")), 403,
				"INVALID_API_KEY");
	}

	@Test
	void theAddressesOfOneIpv6NetworkShareABudget() {
		assertThat(from("2001:db8:0:1::1", body("{ __typename }"))).hasStatusOk();
		assertThat(from("2001:db8:0:1:ffff::2", body("{ __typename }"))).hasStatusOk()
			.headers()
			.hasValue("X-RateLimit-Used", "2");
		assertThat(from("2001:db8:0:2::1", body("{ __typename }"))).hasStatusOk()
			.headers()
			.hasValue("X-RateLimit-Used", "1");
	}

	private MockMvcRequestBuilder from(String address, String json) {
		return post(this.mvc, json).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
