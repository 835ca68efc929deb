package io.parlgraph.limits;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.assertRefused;
import static io.parlgraph.GraphQlRequests.body;
import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that runs past the timeout is answered with a TIMEOUT error, and its work
 * stops.
 */
@SpringBootTest(properties = "parlgraph.limits.request-timeout=300ms")
@AutoConfigureMockMvc
@Import(RequestTimeoutTests.SlowSpeakerNames.class)
class RequestTimeoutTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aRequestPastTheTimeoutIsCancelledAndFetchesNoFurtherField() {
		SlowSpeakerNames.fetched.set(0);

		assertRefused(assertThat(post(this.mvc, body("{ speakers(first: 3) { edges { node { name } } } }"))), 504,
				"TIMEOUT")
			.extractingPath("$.errors[0].message")
			.isEqualTo("The request ran longer than 300 ms and was cancelled");
		// the fetch under way when the deadline passed (if any) finishes; the other names
		// are never fetched
		assertThat(SlowSpeakerNames.fetched.get()).as("names fetched of three").isLessThanOrEqualTo(1);
	}

	/**
	 * Makes fetching a speaker's name take until the request is cancelled (ten seconds at
	 * most).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowSpeakerNames {

		static final AtomicInteger fetched = new AtomicInteger();

		@Bean
		Instrumentation slowSpeakerNames() {
			return new Instrumentation() {

				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					boolean speakerName = parameters.getField().getName().equals("name")
							&& ((GraphQLObjectType) parameters.getExecutionStepInfo().getObjectType()).getName()
								.equals("Speaker");
					if (!speakerName) {
						return fetcher;
					}
					ExecutionInput input = parameters.getExecutionContext().getExecutionInput();
					return env -> {
						fetched.incrementAndGet();
						for (int waited = 0; !input.isCancelled() && waited < 10_000; waited += 10) {
							Thread.sleep(10);
						}
						return fetcher.get(env);
					};
				}

			};
		}

	}

}
