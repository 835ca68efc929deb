package io.parlgraph.feed;

/**
 * Ends a subscription whose client reads more slowly than events come: it resumes from
 * its last cursor.
 */
class SlowSubscriberException extends RuntimeException {

	SlowSubscriberException() {
		super("You fell too far behind the events and were dropped: subscribe again with 'after' set to the"
				+ " cursor of the last event you received, to get the rest", null, false, false);
	}

}
