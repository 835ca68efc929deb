package io.parlgraph.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks off internal networks (SSRF): an endpoint's host must resolve to public
 * addresses only, unless it is one of {@code parlgraph.webhooks.allowed-private-hosts}.
 * The check runs when an endpoint is saved and before every delivery, and the delivery
 * connects to the very addresses checked, so a name that resolves elsewhere a moment
 * later (DNS rebinding) gains nothing.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class EndpointGuard {

	private final Set<String> allowedPrivateHosts;

	EndpointGuard(WebhookProperties properties) {
		this.allowedPrivateHosts = properties.allowedPrivateHosts()
			.stream()
			.map(host -> host.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * Where a delivery connects: the URL's parts, and the checked addresses of its host.
	 */
	record Endpoint(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {

		/** The request target: the path and query. */
		String target() {
			String path = (this.uri.getRawPath() == null || this.uri.getRawPath().isEmpty()) ? "/"
					: this.uri.getRawPath();
			return (this.uri.getRawQuery() != null) ? path + "?" + this.uri.getRawQuery() : path;
		}

	}

	/** Refuses an endpoint, saying why. */
	static final class RefusedEndpointException extends Exception {

		RefusedEndpointException(String message) {
			super(message, null, false, false);
		}

	}

	/** Resolves the URL's host now and checks every address it resolves to. */
	Endpoint resolve(String url) throws RefusedEndpointException {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new RefusedEndpointException("Not a URL: " + ex.getMessage());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new RefusedEndpointException("An endpoint is an absolute http or https URL");
		}
		if (uri.getRawUserInfo() != null) {
			throw new RefusedEndpointException("An endpoint URL may not hold a user name or password");
		}
		String host = uri.getHost();
		String bareHost = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		List<InetAddress> addresses;
		try {
			addresses = Arrays.asList(InetAddress.getAllByName(bareHost));
		}
		catch (UnknownHostException ex) {
			throw new RefusedEndpointException("The host '" + host + "' does not resolve");
		}
		if (!this.allowedPrivateHosts.contains(host.toLowerCase(Locale.ROOT))) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new RefusedEndpointException("The host '" + host + "' resolves to " + address.getHostAddress()
							+ ", an internal address (loopback, private, link-local, unique-local, multicast or"
							+ " reserved); list the host in parlgraph.webhooks.allowed-private-hosts to allow it");
				}
			}
		}
		boolean https = scheme.equals("https");
		int port = (uri.getPort() != -1) ? uri.getPort() : (https ? 443 : 80);
		return new Endpoint(uri, bareHost, port, https, addresses);
	}

	/**
	 * Whether the address is not on the public internet. Cloud metadata services sit at
	 * link-local (169.254.169.254) and unique-local (fd00:ec2::254) addresses, so they
	 * are covered.
	 */
	static boolean isInternal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 // "this network"
					|| (first == 100 && second >= 64 && second < 128) // shared address
																		// space (carrier
																		// NAT)
					|| (first == 192 && second == 0 && bytes[2] == 0) // IETF protocol
																		// assignments
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved, and broadcast
		}
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true; // unique local, fc00::/7
		}
		// an IPv4 address inside IPv6: NAT64 (64:ff9b::/96) and IPv4-compatible (::/96)
		// at the end
		boolean nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
				&& allZero(bytes, 4, 12);
		if (nat64 || allZero(bytes, 0, 12)) {
			return isInternal(ipv4(bytes, 12));
		}
		// 6to4 (2002::/16) carries it in bytes 2 to 5
		if (bytes[0] == 0x20 && bytes[1] == 0x02) {
			return isInternal(ipv4(bytes, 2));
		}
		return false;
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static InetAddress ipv4(byte[] bytes, int from) {
		try {
			return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Four bytes always make an IPv4 address", ex);
		}
	}

}
