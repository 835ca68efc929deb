package io.parlgraph.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Runs the whole integration suite on PostgreSQL when the system property
 * {@code parlgraph.test.database} is {@code postgres} (the build's {@code postgres-suite}
 * run, which also activates the {@code postgres} profile). Each in-memory H2 database a
 * test names ({@code jdbc:h2:mem:batching}, or the default one) becomes a fresh
 * PostgreSQL database of this run, so tests share data exactly as they do on H2. The
 * databases are created on first use and dropped when the run ends. Registered in
 * {@code META-INF/spring.factories}.
 */
class PostgresSuite implements ContextCustomizerFactory {

	private static final boolean ENABLED = "postgres".equals(System.getProperty("parlgraph.test.database"));

	private static final String H2_PREFIX = "jdbc:h2:mem:";

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final Map<String, PostgresDatabase> databases = new ConcurrentHashMap<>();

	static {
		if (ENABLED) {
			Runtime.getRuntime().addShutdownHook(new Thread(PostgresSuite::dropAll, "drop-postgres-suite-databases"));
		}
	}

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!ENABLED) {
			return null;
		}
		PostgresDatabase.requireServer();
		return new OnPostgres();
	}

	private static void dropAll() {
		for (PostgresDatabase database : databases.values()) {
			try {
				database.drop();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not drop " + database.url(), ex);
			}
		}
	}

	/**
	 * Points a test's application context at the run's PostgreSQL twin of its H2
	 * database.
	 */
	private record OnPostgres() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Object h2Url = TestPropertySourceUtils.convertInlinedPropertiesToMap(config.getPropertySourceProperties())
				.get("spring.datasource.url");
			String name = (h2Url instanceof String url && url.startsWith(H2_PREFIX))
					? url.substring(H2_PREFIX.length()).split(";")[0] : "default";
			PostgresDatabase database = databases.computeIfAbsent(name,
					key -> new PostgresDatabase(
							"parlgraph_suite_" + RUN + "_" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"))
						.create());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("postgresSuite", database.properties()));
		}

	}

}
