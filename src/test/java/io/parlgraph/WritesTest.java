package io.parlgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test of writes and subscriptions, against the running server on a database of its own (so
 * what it publishes never reaches the read tests), with a configured admin key. Tests with this
 * annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "parlgraph.admin-key=" + WritesTest.ADMIN_KEY,
				"spring.datasource.url=jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1" })
public @interface WritesTest {

	/** The admin key the test application is configured with. */
	String ADMIN_KEY = "admin-key-of-the-writes-tests-0123456789";

}
