package io.parlgraph.web;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * WebSocket upgrades without per-message compression ({@code permessage-deflate}), which
 * browsers always offer and Tomcat would accept. Subscription messages are small, and
 * compressing each one cost more CPU on both ends than the rest of its delivery: with
 * 1,000 subscribers it took the clients 2.5 times the CPU and put the delivery p99 at
 * 0.7-1.5 s instead of 90 ms. Tomcat reads the offer from the request itself and ignores
 * Spring's choice of extensions, so the offer is hidden from it.
 */
final class UncompressedWebSocketUpgrades extends StandardWebSocketUpgradeStrategy {

	@Override
	public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
		return List.of();
	}

	@Override
	public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String selectedProtocol,
			List<WebSocketExtension> selectedExtensions, @Nullable Principal user, WebSocketHandler handler,
			Map<String, Object> attributes) {
		HttpServletRequest offer = ((ServletServerHttpRequest) request).getServletRequest();
		super.upgrade(new ServletServerHttpRequest(new WithoutExtensionOffers(offer)), response, selectedProtocol,
				List.of(), user, handler, attributes);
	}

	/** The request without its {@code Sec-WebSocket-Extensions} headers. */
	private static final class WithoutExtensionOffers extends HttpServletRequestWrapper {

		WithoutExtensionOffers(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return isExtensionOffer(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isExtensionOffer(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		private static boolean isExtensionOffer(String name) {
			return WebSocketHttpHeaders.SEC_WEBSOCKET_EXTENSIONS.equalsIgnoreCase(name);
		}

	}

}
