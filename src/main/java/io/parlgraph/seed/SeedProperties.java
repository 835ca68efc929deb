package io.parlgraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed data settings.
 *
 * @param enabled whether to load the seed at start-up
 * @param location where the seed's JSON files are (a Spring resource location ending in
 * "/")
 */
@ConfigurationProperties("parlgraph.seed")
record SeedProperties(@DefaultValue("true") boolean enabled, @DefaultValue("classpath:seed-data/") String location) {
}
