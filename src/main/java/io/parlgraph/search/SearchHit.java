package io.parlgraph.search;

/** One result of a search: the document that matched, its score, and its snippet. */
record SearchHit(SearchDocument document, int score, long documentId, Snippet snippet) {
}
