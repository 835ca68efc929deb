package io.parlgraph.graphiql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GraphiQL page ({@code graphiql-page/index.html} and its script) at
 * {@code /graphiql} and {@code /graphiql/}, unless {@code parlgraph.graphiql.enabled} is
 * false (as in the {@code prod} profile): then nothing of it is served.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "parlgraph.graphiql.enabled", matchIfMissing = true)
class GraphiQlPageConfiguration implements WebMvcConfigurer {

	private static final String PAGE = "forward:/graphiql/index.html";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName(PAGE);
		registry.addViewController("/graphiql/").setViewName(PAGE);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql-page/");
	}

}
