package io.parlgraph.limits;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import graphql.GraphQLContext;
import io.micrometer.context.ContextRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Measures how long the database works for each GraphQL request: the time of every
 * statement executed while the request's data fetchers and batch loaders run (Spring for
 * GraphQL restores the request's measure as a thread-local around each, on whichever
 * thread). A budget is charged for it after the request, so that a search or count that
 * keeps the database busy costs what it costs. Statements outside a request (Flyway, the
 * seed, the event log) are not measured.
 */
@Component
final class DatabaseTime implements BeanPostProcessor {

	private static final String CONTEXT_KEY = DatabaseTime.class.getName();

	private static final ThreadLocal<AtomicLong> current = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(CONTEXT_KEY, current);
	}

	/**
	 * Adds up, in {@code nanos}, the time of the statements of the request that owns the
	 * context.
	 */
	static void measure(GraphQLContext context, AtomicLong nanos) {
		context.put(CONTEXT_KEY, nanos);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource) ? proxy(DataSource.class, dataSource) : bean;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target) {
		return (T) Proxy.newProxyInstance(DatabaseTime.class.getClassLoader(), new Class<?>[] { type },
				new Measuring(target));
	}

	/**
	 * Times the execute calls of statements; wraps the connections and statements it
	 * hands out.
	 */
	private record Measuring(Object target) implements InvocationHandler {

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			AtomicLong nanos = current.get();
			boolean timed = nanos != null && this.target instanceof Statement && method.getName().startsWith("execute");
			long start = timed ? System.nanoTime() : 0;
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			finally {
				if (timed) {
					nanos.addAndGet(System.nanoTime() - start);
				}
			}
			if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
				return proxy(Connection.class, connection);
			}
			if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
				return proxy(statementType(method.getReturnType()), statement);
			}
			return result;
		}

		@SuppressWarnings("unchecked")
		private static Class<Statement> statementType(Class<?> declared) {
			return (Class<Statement>) declared;
		}

	}

}
