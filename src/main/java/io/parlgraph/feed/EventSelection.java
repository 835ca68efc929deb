package io.parlgraph.feed;

import java.util.Map;
import java.util.function.Predicate;

import io.parlgraph.graphql.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Selects logged events as subscriptions do, for features that deliver them elsewhere
 * (webhooks): a filter given as the {@code ArticleEventFilter} input's fields, and the
 * event a cursor names.
 */
public final class EventSelection {

	private EventSelection() {
	}

	/**
	 * The test an {@code ArticleEventFilter} input stands for, from its fields as GraphQL
	 * passed them (or as stored from there); an ID of the wrong kind is an
	 * {@link InvalidInputException}.
	 */
	public static Predicate<ArticleEvent> matching(Map<String, ?> filter) {
		try {
			return JsonMapper.shared().convertValue(filter, ArticleEventFilter.class).predicate();
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("Malformed filter: " + ex.getOriginalMessage());
		}
	}

	/**
	 * The sequence of the event whose cursor this is; a malformed one is an
	 * {@link InvalidInputException}.
	 */
	public static long sequenceOf(String cursor) {
		return ArticleEvent.sequenceOf(cursor);
	}

	/** The cursor of the event with the sequence, as subscribers receive it. */
	public static String cursorOf(long sequence) {
		return ArticleEvent.cursorOf(sequence);
	}

}
