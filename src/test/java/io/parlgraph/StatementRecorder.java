package io.parlgraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every statement the application prepares on its {@link DataSource}, from
 * Hibernate or plain JDBC alike, with the values bound to it, so tests can count
 * statements and replay one under {@code EXPLAIN}. Import {@link Configuration} to
 * install it.
 */
public final class StatementRecorder {

	private final List<Recorded> statements = new CopyOnWriteArrayList<>();

	/** Forgets what was recorded so far. */
	public void clear() {
		this.statements.clear();
	}

	/** The statements prepared since the last {@link #clear()}, in order. */
	public List<Recorded> statements() {
		return List.copyOf(this.statements);
	}

	private Connection record(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(method, target, args);
			if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement prepared) {
				Recorded recorded = new Recorded((String) args[0], new TreeMap<>());
				this.statements.add(recorded);
				return proxy(PreparedStatement.class, prepared, (statement, call, callArgs) -> {
					if (call.getName().startsWith("set") && callArgs != null && callArgs.length >= 2
							&& callArgs[0] instanceof Integer index) {
						recorded.bindings().put(index, new Binding(call, callArgs));
					}
					return invoke(call, statement, callArgs);
				});
			}
			return result;
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] { type },
				invocation);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	/** A value bound to a statement: the setter called, and its arguments. */
	record Binding(Method setter, Object[] arguments) {
	}

	/** A prepared statement's SQL and the values last bound to each parameter. */
	public record Recorded(String sql, Map<Integer, Binding> bindings) {

		/**
		 * Prepares {@code prefix + sql} (e.g. {@code EXPLAIN}) with the same values
		 * bound.
		 */
		public PreparedStatement replay(Connection connection, String prefix) throws SQLException {
			PreparedStatement statement = connection.prepareStatement(prefix + this.sql);
			for (Binding binding : this.bindings.values()) {
				try {
					binding.setter().invoke(statement, binding.arguments());
				}
				catch (ReflectiveOperationException ex) {
					throw new SQLException("Cannot replay " + binding.setter(), ex);
				}
			}
			return statement;
		}

		/** Whether the statement reads or writes the table. */
		public boolean uses(String table) {
			return this.sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + table + "\\b.*");
		}

		@Override
		public String toString() {
			return this.sql + " " + new ArrayList<>(this.bindings.keySet());
		}

	}

	/** Installs a recorder around the application's data source. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

		@Bean
		static BeanPostProcessor recordingDataSource(ObjectProvider<StatementRecorder> recorder) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {

						@Override
						public Connection getConnection() throws SQLException {
							return recorder.getObject().record(super.getConnection());
						}

						@Override
						public Connection getConnection(String username, String password) throws SQLException {
							return recorder.getObject().record(super.getConnection(username, password));
						}

					};
				}

			};
		}

	}

}
