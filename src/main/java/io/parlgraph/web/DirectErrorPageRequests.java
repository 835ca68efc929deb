package io.parlgraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The error page renders errors that happened; asked for directly, it has none to render
 * and would answer 500 with status "999". A direct request for it is a page that does not
 * exist: 404. Error dispatches, which this filter does not see, render as before.
 */
@Component
class DirectErrorPageRequests extends OncePerRequestFilter {

	private final String errorPath;

	DirectErrorPageRequests(@Value("${server.error.path:/error}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// decoded and without path parameters, as the dispatcher will map it (/%65rror is
		// /error)
		return !UrlPathHelper.defaultInstance.getPathWithinApplication(request).equals(this.errorPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
