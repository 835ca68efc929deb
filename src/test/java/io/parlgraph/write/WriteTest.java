package io.parlgraph.write;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test that writes: the application, listening on a port of its own (for WebSocket and
 * SSE clients), with the seed in a database of its own (the other tests' seed stays as it
 * is), an admin key, and {@link Editing} to send mutations with it. Every class so
 * annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1",
				"parlgraph.admin-key=" + Editing.ADMIN_KEY })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(Editing.class)
public @interface WriteTest {

}
