package io.parlgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Switches the named loggers off while each test of the annotated class or method runs,
 * then back to their own levels. For failures a test provokes on purpose and asserts (a
 * lost database connection, writes racing for one unique value): a green run should not
 * print them as warnings and stack traces. The application logs them as ever outside such
 * tests.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(QuietLoggers.Extension.class)
public @interface QuietLoggers {

	/** Logger names, e.g. {@code org.hibernate.orm.jdbc.error}. */
	String[] value();

	/** Switches the loggers off before each test and restores them after it. */
	class Extension implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(QuietLoggers.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			LoggingSystem logging = LoggingSystem.get(QuietLoggers.class.getClassLoader());
			Map<String, LogLevel> levels = new LinkedHashMap<>();
			for (String name : loggers(context)) {
				LoggerConfiguration configuration = logging.getLoggerConfiguration(name);
				levels.put(name, (configuration != null) ? configuration.getConfiguredLevel() : null);
				logging.setLogLevel(name, LogLevel.OFF);
			}
			context.getStore(NAMESPACE).put(Map.class, levels);
		}

		@Override
		@SuppressWarnings("unchecked")
		public void afterEach(ExtensionContext context) {
			LoggingSystem logging = LoggingSystem.get(QuietLoggers.class.getClassLoader());
			// null sets a logger back to its parent's level
			context.getStore(NAMESPACE)
				.get(Map.class, Map.class)
				.forEach((name, level) -> logging.setLogLevel((String) name, (LogLevel) level));
		}

		private static String[] loggers(ExtensionContext context) {
			return AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), QuietLoggers.class)
				.or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), QuietLoggers.class))
				.map(QuietLoggers::value)
				.orElseThrow();
		}

	}

}
