package io.parlgraph.visit;

public enum VisitKind {

	OFFICIAL, WORKING, STATE, PRIVATE

}
