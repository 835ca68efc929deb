package io.parlgraph.limits;

import java.net.InetAddress;

/**
 * Charges a client address's cost budget for opening a connection, as a request is
 * charged for what it asks.
 */
public interface ConnectionCharge {

	/**
	 * Spends the points from the address's budget; false, spending nothing, if too few
	 * are left.
	 */
	boolean charge(InetAddress address, long points);

}
