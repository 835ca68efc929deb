package io.parlgraph.feed;

/** What happened to an article (GraphQL {@code ArticleEventKind}). */
public enum ArticleEventKind {

	PUBLISHED, CORRECTED, RETRACTED

}
