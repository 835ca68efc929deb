package io.parlgraph.visit;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.event.Event;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.write.FactIndex;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
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
	public @Nullable Checked<Visit> unsaved(VisitInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		Long visitor = errors.id(input.visitor(), "Speaker", path(at, "visitor"));
		Long from = errors.id(input.visitorParliament(), "Parliament", path(at, "visitorParliament"));
		Long host = errors.id(input.hostParliament(), "Parliament", path(at, "hostParliament"));
		if (from != null && from.equals(host)) {
			errors.add(Code.INVALID, "A visit is to another parliament than the visitor's", path(at, "hostParliament"));
		}
		String city = errors.required(input.city(), 200, path(at, "city"));
		errors.endNotBefore(input.startDate(), input.endDate(), path(at, "endDate"));
		Long occasion = errors.id(input.occasion(), "Event", path(at, "occasion"));
		if (errors.count() > errorsBefore || slug == null || visitor == null || from == null || host == null
				|| city == null) {
			return null;
		}
		return Checked.withoutParts(new Visit(slug, input.kind(), visitor, from, host, city, input.country(),
				input.startDate(), input.endDate(), occasion));
	}

	@Override
	protected void checkStored(VisitInput input, @Nullable Visit self, UserErrors errors, String... at) {
		this.facts.slugFree(Visit.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Speaker.class, input.visitor(), errors, path(at, "visitor"));
		this.facts.exists(Parliament.class, input.visitorParliament(), errors, path(at, "visitorParliament"));
		this.facts.exists(Parliament.class, input.hostParliament(), errors, path(at, "hostParliament"));
		this.facts.exists(Event.class, input.occasion(), errors, path(at, "occasion"));
	}

}
