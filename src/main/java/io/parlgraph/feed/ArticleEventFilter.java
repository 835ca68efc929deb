package io.parlgraph.feed;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code ArticleEventFilter}: all given fields must match. One filter serves the
 * subscriptions, the history query and anything else that selects events from the log.
 */
public record ArticleEventFilter(@Nullable List<ArticleEventKind> kinds, @Nullable String parliament,
		@Nullable String speaker, @Nullable String country, @Nullable String language) {

	/** Matches every event. */
	public static final ArticleEventFilter NONE = new ArticleEventFilter(null, null, null, null, null);

	/**
	 * The test the filter stands for; checking its IDs and kinds here reports a bad one
	 * before any event is read. {@link EventLog#read(long, ArticleEventFilter, int)} is
	 * the same test in SQL.
	 * @throws InvalidInputException for an ID of another type or an empty {@code kinds}
	 */
	public Predicate<ArticleEvent> predicate() {
		Set<ArticleEventKind> kinds = kindSet();
		Long parliamentId = parliamentId();
		Long speakerId = speakerId();
		return event -> (kinds == null || kinds.contains(event.kind()))
				&& (parliamentId == null || event.parliamentIds().contains(parliamentId))
				&& (speakerId == null || event.speakerIds().contains(speakerId))
				&& (this.country == null || event.countries().contains(this.country))
				&& (this.language == null || event.language().equals(this.language));
	}

	@Nullable Set<ArticleEventKind> kindSet() {
		if (this.kinds != null && this.kinds.isEmpty()) {
			// an empty list would match nothing, ever: surely not what was meant
			throw new InvalidInputException(
					"'kinds' in the filter is empty: list at least one ArticleEventKind, or leave it out for all kinds");
		}
		return (this.kinds != null) ? Set.copyOf(this.kinds) : null;
	}

	@Nullable Long parliamentId() {
		return GlobalId.decodeIfPresent(this.parliament, "Parliament");
	}

	@Nullable Long speakerId() {
		return GlobalId.decodeIfPresent(this.speaker, "Speaker");
	}

}
