package io.parlgraph.feed;

import java.util.function.Predicate;

import io.parlgraph.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/** GraphQL {@code ArticleEventFilter}: all given fields must match. */
record ArticleEventFilter(@Nullable String parliament, @Nullable String speaker, @Nullable String country,
		@Nullable String language) {

	static final ArticleEventFilter NONE = new ArticleEventFilter(null, null, null, null);

	/** The test the filter stands for; decoding its IDs here reports a bad one before the stream starts. */
	Predicate<ArticleEvent> predicate() {
		Long parliamentId = GlobalId.decodeIfPresent(this.parliament, "Parliament");
		Long speakerId = GlobalId.decodeIfPresent(this.speaker, "Speaker");
		return event -> (parliamentId == null || event.parliamentIds().contains(parliamentId))
				&& (speakerId == null || event.speakerIds().contains(speakerId))
				&& (this.country == null || event.countries().contains(this.country))
				&& (this.language == null || event.language().equals(this.language));
	}

}
