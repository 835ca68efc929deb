package io.parlgraph.synthetic;

/**
 * How much synthetic data to generate: a number of quotes, as many articles, and
 * proportionate parliaments (one per 500 quotes, at least 20), speakers (three per
 * parliament), events (one per 50 quotes), visits (one per 10, each with a meeting of two
 * speakers) and documents (one per 20).
 */
public enum Size {

	/** 1,000 quotes and articles. */
	S(1_000),

	/** 100,000 quotes and articles. */
	M(100_000),

	/** 1,000,000 quotes and articles. */
	L(1_000_000);

	private final int records;

	Size(int records) {
		this.records = records;
	}

	/** How many quotes, and how many articles. */
	public int records() {
		return this.records;
	}

}
