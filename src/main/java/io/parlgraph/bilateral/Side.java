package io.parlgraph.bilateral;

/**
 * One side of a bilateral relation, as SQL conditions: a parliament, or a country (its
 * national parliaments, and the state itself where it signs documents without them).
 *
 * @param parameter the name of the SQL parameter that holds the parliament's ID or the
 * country code
 * @param value that ID or code
 * @param country whether the side is a country
 */
record Side(String parameter, Object value, boolean country) {

	/** The column holds one of the side's parliaments. */
	String parliament(String column) {
		return this.country ? column + " in (select id from parliament where country_code = :" + this.parameter + ")"
				: column + " = :" + this.parameter;
	}

	/** The protocol party {@code pp} is this side. */
	String party() {
		return this.country ? "pp.country_code = :" + this.parameter : "pp.parliament_id = :" + this.parameter;
	}

	/**
	 * The event {@code e} involves this side: it organized it, went to it, hosted visits
	 * for it, or (a country) held it.
	 */
	String tookPartIn() {
		String visits = "e.id in (select v.occasion_id from visit v where " + parliament("v.visitor_parliament_id")
				+ " or " + parliament("v.host_parliament_id") + ")";
		String held = this.country ? " or e.country_code = :" + this.parameter : "";
		return "(" + parliament("e.organizer_id") + " or " + visits + held + ")";
	}

}
