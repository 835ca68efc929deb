package io.parlgraph.apikey;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.parlgraph.graphql.Rejection;
import io.parlgraph.web.RejectionBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <secret>} of a live
 * key. A request without one, or with an unknown or revoked key, stays anonymous: it may
 * read, and a mutation refuses it as {@code UNAUTHORIZED}. A key that cannot be checked,
 * as the database is away, gets {@code 503} with {@code SERVICE_UNAVAILABLE} and
 * {@code Retry-After}.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

	private static final String BEARER = "Bearer ";

	private static final String RETRY_AFTER_SECONDS = "5";

	private final ApiKeys apiKeys;

	private final JsonMapper jsonMapper;

	ApiKeyAuthenticationFilter(ApiKeys apiKeys, JsonMapper jsonMapper) {
		this.apiKeys = apiKeys;
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<ApiKey> found;
			try {
				found = this.apiKeys.authenticate(header.substring(BEARER.length()).strip());
			}
			catch (DataAccessException | TransactionException ex) {
				// not the client's fault, nor for good: tell it to come back rather than
				// fail with a 500
				logger.warn("Could not look up an API key: {}", ex.toString());
				response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
				RejectionBodies.refuse(request, response, this.jsonMapper, Rejection.SERVICE_UNAVAILABLE,
						"The API key cannot be checked just now: try again in a few seconds");
				return;
			}
			found.ifPresent(key -> {
				var authentication = UsernamePasswordAuthenticationToken.authenticated(key.getName(), null,
						List.of(new SimpleGrantedAuthority(key.getRole().authority())));
				authentication.setDetails(key.getId());
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
