package io.parlgraph.feed;

/** Refuses a subscription beyond the cap per WebSocket connection. */
class TooManySubscriptionsException extends RuntimeException {

	TooManySubscriptionsException(int cap) {
		super("At most " + cap + " subscriptions may run at once on one connection: complete one first", null, false,
				false);
	}

}
