package io.parlgraph.graphql;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Lets controller methods declare a {@link Paging} parameter for the Relay paging
 * arguments.
 */
@Component
class PageArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Paging.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment env) {
		return Paging.from(env);
	}

}
