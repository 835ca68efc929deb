package io.parlgraph.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query holds one database connection at a time, however its parts read: a search (read
 * with JDBC, its hits then looked up through Hibernate) and an event history. Two per
 * query let concurrent queries wait on one another until the pool timed out.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:query-connections;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class QueryConnectionTests {

	// language=GraphQL
	private static final String SEARCH_AND_HISTORY = """
			{
			  search(query: "Gafarova", first: 5) { totalCount edges { node { ... on Quote { text speaker { name } } } } }
			  articleEvents(first: 5) { edges { node { kind article { headline } } } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private ConnectionsPerThread connections;

	@Test
	void aKnownQueryHoldsOneConnectionAtATime() {
		// the first run of a document reads each batch apart; the second in one session
		this.graphQl.document(SEARCH_AND_HISTORY).execute().errors().verify();
		this.connections.mostAtOnce.set(0);

		this.graphQl.document(SEARCH_AND_HISTORY)
			.execute()
			.errors()
			.verify()
			.path("search.edges[*].node.speaker.name")
			.entityList(String.class)
			.contains("Sahiba Gafarova");

		assertThat(this.connections.mostAtOnce).hasValue(1);
	}

	/** Counts the connections each thread holds open, and the most any held at once. */
	@TestConfiguration
	static class ConnectionsPerThread implements BeanPostProcessor {

		private final ThreadLocal<Integer> open = ThreadLocal.withInitial(() -> 0);

		final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof DataSource dataSource)) {
				return bean;
			}
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						return (result instanceof Connection connection) ? counted(connection) : result;
					});
		}

		private Connection counted(Connection connection) {
			int now = this.open.get() + 1;
			this.open.set(now);
			this.mostAtOnce.accumulateAndGet(now, Math::max);
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("close") && !connection.isClosed()) {
							this.open.set(this.open.get() - 1);
						}
						return invoke(connection, method, args);
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
