package io.parlgraph.apikey;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <secret>} of a live key. A
 * request without one, or with an unknown or revoked key, stays anonymous: it may read, and a
 * mutation refuses it as {@code UNAUTHORIZED}.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeys apiKeys;

	ApiKeyAuthenticationFilter(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			this.apiKeys.authenticate(header.substring(BEARER.length()).strip()).ifPresent(key -> {
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
