package io.parlgraph.bilateral;

import java.util.Map;

/**
 * What two sides did together (GraphQL {@code BilateralRelation}): their visits to each
 * other, the documents both are party to, the events both took part in, and the quotes
 * said during their visits to each other. Each is an item of one timeline, dated by the
 * day it began; events without a date are left out.
 */
record BilateralRelation(Side a, Side b) {

	/**
	 * Every item of the timeline, as rows {@code (kind, id, happened_on)}, the kind by
	 * its ordinal.
	 */
	String timeline() {
		String between = "((" + this.a.parliament("v.visitor_parliament_id") + " and "
				+ this.b.parliament("v.host_parliament_id") + ") or (" + this.b.parliament("v.visitor_parliament_id")
				+ " and " + this.a.parliament("v.host_parliament_id") + "))";
		return "select " + TimelineKind.EVENT.ordinal() + " as kind, e.id, e.start_date as happened_on from event e"
				+ " where e.start_date is not null and " + this.a.tookPartIn() + " and " + this.b.tookPartIn()
				+ " union all select " + TimelineKind.VISIT.ordinal() + ", v.id, v.start_date from visit v where "
				+ between + " union all select " + TimelineKind.PROTOCOL.ordinal() + ", p.id, p.signed_on"
				+ " from protocol p where p.id in (select pp.protocol_id from protocol_party pp where " + this.a.party()
				+ ") and p.id in (select pp.protocol_id from protocol_party pp where " + this.b.party() + ")"
				+ " union all select " + TimelineKind.QUOTE.ordinal() + ", q.id, q.said_on from quote q"
				+ " where q.visit_id in (select v.id from visit v where " + between + ")";
	}

	/** The values of the sides' SQL parameters. */
	Map<String, Object> parameters() {
		return Map.of(this.a.parameter(), this.a.value(), this.b.parameter(), this.b.value());
	}

}
