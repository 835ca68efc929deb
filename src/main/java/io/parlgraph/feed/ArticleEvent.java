package io.parlgraph.feed;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Set;

import io.parlgraph.graphql.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the event log (GraphQL {@code ArticleEvent}), with what subscribers filter
 * on as the article stood when it happened.
 */
public record ArticleEvent(long sequence, ArticleEventKind kind, long articleId, int revision,
		OffsetDateTime occurredAt, @Nullable String reason, String language, Set<Long> parliamentIds,
		Set<Long> speakerIds, Set<String> countries) {

	private static final String CURSOR_PREFIX = "event:";

	/** Where a subscriber stands after this event: pass it as {@code after} to resume. */
	public String cursor() {
		return cursorOf(this.sequence);
	}

	/** The cursor of the event with the sequence. */
	static String cursorOf(long sequence) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
	}

	/** The sequence a cursor stands for. */
	static long sequenceOf(String cursor) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(CURSOR_PREFIX)) {
				long sequence = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
				if (sequence >= 0) {
					return sequence;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidInputException("Malformed cursor '" + cursor + "' in 'after': use the cursor of an event");
	}

	/** The error for a cursor past the newest event: it is of another log. */
	static InvalidInputException beyondTheEnd(long sequence, long head) {
		return new InvalidInputException("The cursor in 'after' (event " + sequence
				+ ") lies beyond the end of the event log (event " + head + "): it is not from this server's log,"
				+ " whose events may have been lost (an in-memory database restarted); start again without 'after'");
	}

}
