package io.parlgraph.operations;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes for a load balancer or orchestrator, and metrics for Prometheus. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class ActuatorTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private MeterRegistry registry;

	@Test
	void livenessIsUpWhileTheApplicationRuns() {
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyJson()
			.extractingPath("status")
			.isEqualTo("UP");
	}

	@Test
	void readinessIncludesTheDatabase() {
		var readiness = assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk().bodyJson();
		readiness.extractingPath("status").isEqualTo("UP");
		readiness.extractingPath("components.db.status").isEqualTo("UP");
		readiness.extractingPath("components.readinessState.status").isEqualTo("UP");
		readiness.doesNotHavePath("components.livenessState");
	}

	@Test
	void prometheusExposesGraphQlRequestAndDataLoaderMetricsButNotEachFieldNorEachSecurityFilterNorThoseInProgress() {
		this.graphQl.document("query names { parliaments(first: 3) { edges { node { names { name } } } } }")
			.execute()
			.path("parliaments.edges[*].node.names")
			.entityList(Object.class)
			.hasSize(3);

		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
			.bodyText()
			.contains(
					"graphql_request_seconds_count{error=\"none\",graphql_operation_type=\"query\",graphql_outcome=\"SUCCESS\"}")
			.contains(
					"graphql_dataloader_seconds_count{error=\"none\",graphql_error_type=\"NONE\",graphql_loader_name=\"Parliament.names\",graphql_outcome=\"SUCCESS\"}")
			.contains("graphql_dataloader_batch_size_count{graphql_loader_name=\"Parliament.names\"}")
			.doesNotContain("graphql_datafetcher_seconds")
			.doesNotContain("spring_security_")
			.doesNotContain("_active_seconds");
	}

	@Test
	void batchSizeCountsTheKeysOfEachBatch() {
		DistributionSummary sizes = this.registry.find("graphql.dataloader.batch.size")
			.tag("graphql.loader.name", "Parliament.names")
			.summary();
		long batches = (sizes != null) ? sizes.count() : 0;
		double keys = (sizes != null) ? sizes.totalAmount() : 0;

		this.graphQl.document("{ parliaments(first: 3) { edges { node { names { name } } } } }").execute();

		sizes = this.registry.get("graphql.dataloader.batch.size")
			.tag("graphql.loader.name", "Parliament.names")
			.summary();
		assertThat(sizes.count()).isEqualTo(batches + 1);
		assertThat(sizes.totalAmount()).isEqualTo(keys + 3);
	}

}
