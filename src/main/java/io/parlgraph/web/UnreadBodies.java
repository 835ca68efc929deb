package io.parlgraph.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the server close the connection of a request refused before its body was read, instead
 * of first reading the rest of that body to throw it away, as Tomcat otherwise does (up to
 * 2 MB, whatever the status): a client sending its body a byte at a time would hold a worker
 * thread all that while. The refusal itself is still sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
class UnreadBodies {

	private static final String ABANDONED = UnreadBodies.class.getName() + ".abandoned";

	/** Marks the request's unread body as not to be read. */
	static void abandon(HttpServletRequest request) {
		request.setAttribute(ABANDONED, Boolean.TRUE);
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> dropAbandonedBodies() {
		return factory -> factory.addEngineValves(new DropAbandonedBodies());
	}

	private static final class DropAbandonedBodies extends ValveBase {

		DropAbandonedBodies() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			getNext().invoke(request, response);
			if (request.getAttribute(ABANDONED) != null) {
				request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}

	}

}
