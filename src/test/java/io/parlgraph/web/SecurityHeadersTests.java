package io.parlgraph.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on the GraphiQL page and every other response, with a
 * Content-Security-Policy the page can live with: no inline script or style to allow.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class SecurityHeadersTests {

	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/graphql\")[^>]*>");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theGraphiQlPageMayRunOnlyItsOwnScriptsAndCannotBeFramed() {
		assertSecurityHeaders(assertThat(this.mvc.get().uri("/graphiql/index.html")).hasStatusOk());
	}

	@Test
	void graphQlResponsesCarryTheHeadersToo() {
		assertSecurityHeaders(assertThat(post(this.mvc, body("{ __typename }"))).hasStatusOk());
	}

	@Test
	void theGraphiQlPageHasNoInlineScriptOrStyleForThePolicyToBlock() throws Exception {
		String page = this.mvc.get().uri("/graphiql/index.html").exchange().getResponse().getContentAsString(UTF_8);
		assertThat(INLINE_SCRIPT.matcher(page).find()).as("inline <script> in the page").isFalse();
		assertThat(page).doesNotContain(" style=").doesNotContain("<style").doesNotContain("javascript:");
		assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	private static void assertSecurityHeaders(MvcTestResultAssert response) {
		response.headers()
			.hasValue("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "no-referrer");
	}

}
