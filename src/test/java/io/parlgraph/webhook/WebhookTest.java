package io.parlgraph.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.parlgraph.StatementRecorder;
import io.parlgraph.write.Editing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A webhook test: the application on a port of its own, with a database of its own (no
 * other test's dispatcher delivers to its receivers), receivers on 127.0.0.1 allowed, and
 * retries in milliseconds: doubling from 100 ms to at most 400 ms, for 3 s before an
 * endpoint is disabled. Statements are recorded, to count those of a query.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1",
				"parlgraph.admin-key=" + Editing.ADMIN_KEY, "parlgraph.webhooks.allowed-private-hosts=127.0.0.1",
				"parlgraph.webhooks.poll-interval=50ms", "parlgraph.webhooks.connect-timeout=1s",
				"parlgraph.webhooks.read-timeout=1s", "parlgraph.webhooks.first-retry=100ms",
				"parlgraph.webhooks.max-retry-interval=400ms", "parlgraph.webhooks.retry-for=3s" })
@Import(StatementRecorder.Configuration.class)
public @interface WebhookTest {

}
