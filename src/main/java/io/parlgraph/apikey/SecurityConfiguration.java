package io.parlgraph.apikey;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every HTTP request may pass: reads are public, and each mutation checks the caller's
 * role ({@code @PreAuthorize}), which a GraphQL error reports ({@code UNAUTHORIZED}
 * without a key, {@code FORBIDDEN} with a key of too low a role). No sessions and no
 * cookies, so no CSRF; the security headers are set by {@code SecurityHeadersFilter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys apiKeys, JsonMapper jsonMapper) {
		return http.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, jsonMapper), AnonymousAuthenticationFilter.class)
			.build();
	}

	@Bean
	MutationPermissions mutationPermissions(ApplicationContext context, RoleHierarchy roleHierarchy) {
		return new MutationPermissions(context, roleHierarchy);
	}

	/**
	 * No observation (timer, trace span) around each security filter, authentication and
	 * authorization: for a read that passes every filter they cost more than the filters
	 * do. {@code http.server.requests} still times every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** An admin may do all an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ApiKeyRole.ADMIN.name())
			.implies(ApiKeyRole.EDITOR.name())
			.build();
	}

}
