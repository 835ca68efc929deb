package io.parlgraph.apikey;

import io.parlgraph.graphql.NodeAccess;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** API keys are for admins only, also when looked up by ID: anyone else finds none. */
@Component
class ApiKeyNodeAccess implements NodeAccess {

	@Override
	public boolean mayRead(String type) {
		if (!type.equals("ApiKey")) {
			return true;
		}
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ApiKeyRole.ADMIN.authority().equals(authority.getAuthority()));
	}

}
