package io.parlgraph.limits;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * What counts as one client address for budgets and connection limits: an IPv4 address,
 * or an IPv6 /64 network (which one subscriber usually holds).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(InetAddress address) {
		byte[] bytes = address.getAddress();
		return (bytes.length == 16) ? Arrays.toString(Arrays.copyOf(bytes, 8)) + "/64" : address.getHostAddress();
	}

}
