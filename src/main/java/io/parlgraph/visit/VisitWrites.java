package io.parlgraph.visit;

import io.parlgraph.event.Event;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.write.Patch;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates and updates visits, in the caller's transaction. */
@Component
class VisitWrites {

	private final VisitRepository visits;

	private final StoredFacts facts;

	VisitWrites(VisitRepository visits, StoredFacts facts) {
		this.visits = visits;
		this.facts = facts;
	}

	Visit create(VisitInput input, UserErrors errors) {
		return this.visits.save(errors.orThrow(checked(input, null, errors)));
	}

	Visit update(UpdateVisitInput input, UserErrors errors) {
		Visit stored = this.facts.toUpdate(Visit.class, input.id(), input.version());
		VisitInput merged = new VisitInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.required(input.visitor(), GlobalId.encode("Speaker", stored.getVisitorId()), errors, "input",
						"visitor"),
				Patch.required(input.visitorParliament(), GlobalId.encode("Parliament", stored.getVisitorParliamentId()),
						errors, "input", "visitorParliament"),
				Patch.required(input.hostParliament(), GlobalId.encode("Parliament", stored.getHostParliamentId()),
						errors, "input", "hostParliament"),
				Patch.required(input.city(), stored.getCity(), errors, "input", "city"),
				Patch.required(input.country(), stored.getCountry(), errors, "input", "country"),
				Patch.required(input.startDate(), stored.getStartDate(), errors, "input", "startDate"),
				Patch.or(input.endDate(), stored.getEndDate()),
				Patch.reference(input.occasion(), "Event", stored.getOccasionId()));
		stored.update(errors.orThrow(checked(merged, stored, errors)));
		return stored;
	}

	/** The visit the input describes, not saved; null (with errors) if the input is bad. */
	private @Nullable Visit checked(VisitInput input, @Nullable Visit self, UserErrors errors) {
		int errorsBefore = errors.count();
		String slug = this.facts.slug(Visit.class, input.slug(), self, errors, "input", "slug");
		Speaker visitor = this.facts.reference(Speaker.class, input.visitor(), errors, "input", "visitor");
		Parliament from = this.facts.reference(Parliament.class, input.visitorParliament(), errors, "input",
				"visitorParliament");
		Parliament host = this.facts.reference(Parliament.class, input.hostParliament(), errors, "input",
				"hostParliament");
		if (from != null && from.equals(host)) {
			errors.add(Code.INVALID, "A visit is to another parliament than the visitor's", "input", "hostParliament");
		}
		String city = errors.required(input.city(), 200, "input", "city");
		errors.endNotBefore(input.startDate(), input.endDate(), "input", "endDate");
		Event occasion = this.facts.reference(Event.class, input.occasion(), errors, "input", "occasion");
		if (errors.count() > errorsBefore || visitor == null || from == null || host == null) {
			return null;
		}
		return new Visit(slug, input.kind(), visitor.getId(), from.getId(), host.getId(), city, input.country(),
				input.startDate(), input.endDate(), (occasion != null) ? occasion.getId() : null);
	}

}
