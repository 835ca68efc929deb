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
 * What the servlet API cannot do with a request body, done on Tomcat (elsewhere,
 * nothing):
 * <ul>
 * <li>take in what has arrived on the connection without waiting for more, so that a body
 * sent with its request can be told from one still on its way;</li>
 * <li>close the connection of a request refused before its body was read, instead of
 * first reading the rest of that body to throw it away, as Tomcat otherwise does (up to 2
 * MB, whatever the status): a client sending its body a byte at a time would hold a
 * worker thread all that while. The refusal itself is still sent.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
class RequestBodies {

	private static final String ABANDONED = RequestBodies.class.getName() + ".abandoned";

	private static final String TAKE_IN_ARRIVED = RequestBodies.class.getName() + ".takeInArrived";

	/** Marks the request's unread body as not to be read. */
	static void abandon(HttpServletRequest request) {
		request.setAttribute(ABANDONED, Boolean.TRUE);
	}

	/**
	 * Moves what has arrived of the body into the request's input buffer, without waiting
	 * for more.
	 */
	static void takeInArrived(HttpServletRequest request) {
		if (request.getAttribute(TAKE_IN_ARRIVED) instanceof Runnable takeIn) {
			takeIn.run();
		}
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestBodiesOnTomcat() {
		return factory -> factory.addEngineValves(new OnTomcat());
	}

	private static final class OnTomcat extends ValveBase {

		OnTomcat() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			// a read that does not block, as Tomcat makes for a request read
			// asynchronously
			request.setAttribute(TAKE_IN_ARRIVED,
					(Runnable) () -> request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE));
			getNext().invoke(request, response);
			if (request.getAttribute(ABANDONED) != null) {
				request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}

	}

}
