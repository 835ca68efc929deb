package io.parlgraph.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The security headers on the answers Tomcat gives before any filter runs: its error
 * pages for a request it cannot parse (400), a transfer encoding it does not support
 * (501) or an HTTP version (505), and what Spring Security's firewall refuses. A valve of
 * the engine sees every request Tomcat answers, parsed or not.
 */
@Component
class TomcatSecurityHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new SecurityHeadersValve());
	}

	private static final class SecurityHeadersValve extends ValveBase {

		SecurityHeadersValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			SecurityHeadersFilter.addTo(request, response);
			getNext().invoke(request, response);
		}

	}

}
