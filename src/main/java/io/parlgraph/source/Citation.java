package io.parlgraph.source;

import io.parlgraph.article.Article;
import org.jspecify.annotations.Nullable;

/**
 * Where an article reports a fact: the article, and the passage's UTF-16 offsets in its
 * body.
 */
public record Citation(Article article, @Nullable Integer startOffset, @Nullable Integer endOffset) {

	/** The passage the offsets delimit; null when no passage is recorded. */
	public @Nullable String passage() {
		if (this.startOffset == null || this.endOffset == null) {
			return null;
		}
		return this.article.getBody().substring(this.startOffset, this.endOffset);
	}

}
