package io.parlgraph.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Reads GraphQL request bodies, and only those, strictly: {@code "query": 0} or
 * {@code "query": false} is an error, not the string "0" or "false"; a body of JSON
 * {@code null} is unreadable, and {@code "extensions": null} means no extensions (Spring
 * for GraphQL would fail on either with a 500). Also reads the legacy
 * {@code application/graphql} content type, which Spring accepts as the same JSON.
 * Registered ahead of the default converters, so every GraphQL transport over HTTP (POST,
 * SSE) reads with it.
 */
class GraphQlRequestConverter extends JacksonJsonHttpMessageConverter {

	GraphQlRequestConverter(JsonMapper jsonMapper) {
		super(jsonMapper.rebuild()
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.build());
		setSupportedMediaTypes(List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
				new MediaType("application", "graphql")));
	}

	@Override
	public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
		return SerializableGraphQlRequest.class.isAssignableFrom(type) && super.canRead(type, mediaType);
	}

	@Override
	public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
		return SerializableGraphQlRequest.class.isAssignableFrom(type.toClass()) && super.canRead(type, mediaType);
	}

	@Override
	public boolean canWrite(Class<?> type, @Nullable MediaType mediaType) {
		return false;
	}

	@Override
	public boolean canWrite(ResolvableType type, Class<?> valueClass, @Nullable MediaType mediaType) {
		return false;
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage input, @Nullable Map<String, Object> hints)
			throws IOException {
		return checked(super.read(type, input, hints), input);
	}

	@Override
	protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
		return checked(super.readInternal(type, input), input);
	}

	@SuppressWarnings("ConstantValue") // Jackson sets JSON nulls, whatever the
										// annotations say
	private static Object checked(@Nullable Object body, HttpInputMessage input) {
		if (!(body instanceof SerializableGraphQlRequest request)) {
			throw new HttpMessageNotReadableException("The body is JSON null", input);
		}
		// "variables": null and "extensions": null mean none (Spring fails on the latter)
		if (request.getVariables() == null) {
			request.setVariables(Map.of());
		}
		if (request.getExtensions() == null) {
			request.setExtensions(Map.of());
		}
		return request;
	}

}
