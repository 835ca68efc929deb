package io.parlgraph.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of an instance one client may hold at once, so that no single client can stall
 * it.
 *
 * @param requestsPerAddress the most HTTP requests (SSE subscriptions included) one
 * client address may have in progress at once; IPv6 addresses count by /64 network
 * @param slowBodies the most requests, of all clients, whose body had not fully arrived
 * when they were taken up, each holding a worker thread while it arrives; the other
 * workers stay free for requests that are ready
 * @param bodyTimeout how long a request body may take to arrive, however steadily it
 * trickles in
 * @param websocketsPerAddress the most WebSocket connections one client address may hold
 * open
 * @param websockets the most WebSocket connections this instance holds open
 */
@ConfigurationProperties("parlgraph.limits.connections")
public record ConnectionLimits(@DefaultValue("50") int requestsPerAddress, @DefaultValue("50") int slowBodies,
		@DefaultValue("10s") Duration bodyTimeout, @DefaultValue("50") int websocketsPerAddress,
		@DefaultValue("2000") int websockets) {
}
