package io.parlgraph.operations;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import io.micrometer.context.ContextRegistry;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements of each GraphQL request. A request's counter lives in its
 * {@link GraphQLContext}; Spring for GraphQL restores it as a thread-local around every
 * data fetcher and batch loader, on whichever thread they run, and Hibernate reports each
 * statement it prepares here. Statements outside a request (Flyway, the seed) are not
 * counted.
 */
@Component
class SqlStatementCounter implements StatementInspector, HibernatePropertiesCustomizer {

	private static final String CONTEXT_KEY = SqlStatementCounter.class.getName();

	private static final ThreadLocal<AtomicInteger> current = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(CONTEXT_KEY, current);
	}

	/** Starts counting the statements of the request that owns the context. */
	static AtomicInteger startCounting(GraphQLContext context) {
		AtomicInteger counter = new AtomicInteger();
		context.put(CONTEXT_KEY, counter);
		return counter;
	}

	@Override
	public String inspect(String sql) {
		AtomicInteger counter = current.get();
		if (counter != null) {
			counter.incrementAndGet();
		}
		return sql;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
	}

}
