package io.parlgraph.limits;

/**
 * Arithmetic on non-negative counts that stops at {@link Long#MAX_VALUE} instead of
 * overflowing: fragments spread many times over, or page sizes multiplied level after
 * level, can exceed any long, and such a count must still read as "too many".
 */
final class Saturating {

	private Saturating() {
	}

	static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	static long multiply(long a, long b) {
		long product = a * b;
		return (Math.multiplyHigh(a, b) != 0 || product < 0) ? Long.MAX_VALUE : product;
	}

}
