package io.parlgraph.quote;

public enum QuoteMedium {

	STATEMENT, TWEET, SPEECH, INTERVIEW, PRESS_RELEASE

}
