package io.parlgraph.synthetic;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Synthetic data settings.
 *
 * @param size the size to load at start-up (S, M or L); none if absent
 */
@ConfigurationProperties("parlgraph.synthetic")
record SyntheticProperties(@Nullable Size size) {
}
