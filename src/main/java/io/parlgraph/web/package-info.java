/**
 * The HTTP and WebSocket surface: GraphQL over HTTP (POST, and GET for queries), request
 * body limits, GraphQL-shaped errors for unreadable requests, security headers,
 * production switches.
 */
@NullMarked
package io.parlgraph.web;

import org.jspecify.annotations.NullMarked;
