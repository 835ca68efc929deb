package io.parlgraph.visit;

public enum MeetingFormat {

	ONE_ON_ONE, DELEGATIONS, PLENARY

}
