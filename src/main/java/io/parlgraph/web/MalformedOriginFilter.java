package io.parlgraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Refuses a WebSocket upgrade whose {@code Origin} is no origin at all
 * ({@code http://x:y}) with 403, as one from a foreign origin is: Spring's origin check
 * would fail on it with a 500.
 */
@Component
class MalformedOriginFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.ORIGIN) == null
				|| !"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// the check the handshake makes first, which must not throw there
			WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
