package io.parlgraph.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GraphiQL page ({@code static/graphiql/index.html}) at {@code /graphiql} and
 * {@code /graphiql/}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPageConfiguration implements WebMvcConfigurer {

	private static final String PAGE = "forward:/graphiql/index.html";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName(PAGE);
		registry.addViewController("/graphiql/").setViewName(PAGE);
	}

}
