package io.parlgraph.feed;

/** Ends a subscription when this server instance stops. */
class ServerShuttingDownException extends RuntimeException {

	ServerShuttingDownException() {
		super("This server is shutting down: subscribe again (to any instance) with 'after' set to the cursor of"
				+ " the last event you received", null, false, false);
	}

}
