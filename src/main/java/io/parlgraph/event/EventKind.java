package io.parlgraph.event;

public enum EventKind {

	SESSION, SUMMIT, CONFLICT, INCIDENT, CEREMONY, OTHER

}
