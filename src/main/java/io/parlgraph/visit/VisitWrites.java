package io.parlgraph.visit;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.event.Event;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.write.FactIndex;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Creates and updates visits, in the caller's transaction. */
@Component
public class VisitWrites extends FactWrites<Visit, VisitInput> {

	VisitWrites(VisitRepository visits, StoredFacts facts, EntityManager entityManager) {
		super(Visit.class, visits, FactIndex.NONE, Visit::update, facts, entityManager);
	}

	Visit update(UpdateVisitInput input, UserErrors errors) {
		Visit stored = toUpdate(input.id(), input.version());
		VisitInput merged = new VisitInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.required(input.visitor(), GlobalId.encode("Speaker", stored.getVisitorId()), errors, "input",
						"visitor"),
				Patch.required(input.visitorParliament(),
						GlobalId.encode("Parliament", stored.getVisitorParliamentId()), errors, "input",
						"visitorParliament"),
				Patch.required(input.hostParliament(), GlobalId.encode("Parliament", stored.getHostParliamentId()),
						errors, "input", "hostParliament"),
				Patch.required(input.city(), stored.getCity(), errors, "input", "city"),
				Patch.required(input.country(), stored.getCountry(), errors, "input", "country"),
				Patch.required(input.startDate(), stored.getStartDate(), errors, "input", "startDate"),
				Patch.or(input.endDate(), stored.getEndDate()),
				Patch.reference(input.occasion(), "Event", stored.getOccasionId()));
		return update(stored, merged, null, errors);
	}

	@Override
	protected @Nullable Checked<Visit> checked(VisitInput input, @Nullable Visit self, UserErrors errors,
			String... at) {
		int errorsBefore = errors.count();
		String slug = this.facts.slug(Visit.class, input.slug(), self, errors, path(at, "slug"));
		Speaker visitor = this.facts.reference(Speaker.class, input.visitor(), errors, path(at, "visitor"));
		Parliament from = this.facts.reference(Parliament.class, input.visitorParliament(), errors,
				path(at, "visitorParliament"));
		Parliament host = this.facts.reference(Parliament.class, input.hostParliament(), errors,
				path(at, "hostParliament"));
		if (from != null && from.equals(host)) {
			errors.add(Code.INVALID, "A visit is to another parliament than the visitor's", path(at, "hostParliament"));
		}
		String city = errors.required(input.city(), 200, path(at, "city"));
		errors.endNotBefore(input.startDate(), input.endDate(), path(at, "endDate"));
		Event occasion = this.facts.reference(Event.class, input.occasion(), errors, path(at, "occasion"));
		if (errors.count() > errorsBefore || visitor == null || from == null || host == null) {
			return null;
		}
		return Checked.withoutParts(new Visit(slug, input.kind(), visitor.getId(), from.getId(), host.getId(), city,
				input.country(), input.startDate(), input.endDate(), (occasion != null) ? occasion.getId() : null));
	}

}
