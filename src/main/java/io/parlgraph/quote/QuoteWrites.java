package io.parlgraph.quote;

import java.util.List;

import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.quote.QuoteInput.SourceInput;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.Patch;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates and updates quotes, each cited by an article that reports it, in the caller's
 * transaction, searchable at once.
 */
@Component
class QuoteWrites {

	private final QuoteRepository quotes;

	private final JdbcClient jdbc;

	private final StoredFacts facts;

	private final SearchIndex searchIndex;

	private final CitedPassages passages;

	QuoteWrites(QuoteRepository quotes, JdbcClient jdbc, StoredFacts facts, SearchIndex searchIndex,
			CitedPassages passages) {
		this.quotes = quotes;
		this.jdbc = jdbc;
		this.facts = facts;
		this.searchIndex = searchIndex;
		this.passages = passages;
	}

	/** A passage of an article, as checked. */
	private record Passage(long articleId, int start, int end) {
	}

	Quote create(QuoteInput input, UserErrors errors) {
		Quote checked = checked(input, null, errors);
		Passage passage = (input.source() != null) ? passage(input.source(), errors) : null;
		Quote quote = this.quotes.save(errors.orThrow(checked));
		cite(quote, errors.orThrow(passage));
		this.searchIndex.index(SearchableType.QUOTE, List.of(quote.getId()));
		return quote;
	}

	Quote update(UpdateQuoteInput input, UserErrors errors) {
		Quote stored = this.facts.toUpdate(Quote.class, input.id(), input.version());
		QuoteInput merged = new QuoteInput(Patch.required(input.slug(), stored.getSlug(), errors, "input", "slug"),
				Patch.required(input.speaker(), GlobalId.encode("Speaker", stored.getSpeakerId()), errors, "input",
						"speaker"),
				Patch.required(input.text(), stored.getText(), errors, "input", "text"),
				Patch.required(input.language(), stored.getLanguage(), errors, "input", "language"),
				Patch.required(input.kind(), stored.getKind(), errors, "input", "kind"),
				Patch.required(input.medium(), stored.getMedium(), errors, "input", "medium"),
				Patch.required(input.saidOn(), stored.getSaidOn(), errors, "input", "saidOn"),
				Patch.or(input.url(), stored.getUrl()), Patch.reference(input.visit(), "Visit", stored.getVisitId()),
				Patch.reference(input.translationOf(), "Quote", stored.getTranslationOfId()), null);
		Quote checked = checked(merged, stored, errors);
		Passage passage = (input.source() != null) ? passage(input.source(), errors) : null;
		stored.update(errors.orThrow(checked));
		if (passage != null) {
			this.jdbc.sql("delete from " + SourceTables.of("Quote") + " where subject_id = ? and article_id = ?")
				.params(stored.getId(), passage.articleId())
				.update();
			cite(stored, passage);
		}
		this.searchIndex.reindex(SearchableType.QUOTE, List.of(stored.getId()));
		return stored;
	}

	/**
	 * The quote the input describes, not saved; null (with errors) if the input is bad.
	 */
	private @Nullable Quote checked(QuoteInput input, @Nullable Quote self, UserErrors errors) {
		int errorsBefore = errors.count();
		String slug = this.facts.slug(Quote.class, input.slug(), self, errors, "input", "slug");
		Speaker speaker = this.facts.reference(Speaker.class, input.speaker(), errors, "input", "speaker");
		String text = errors.required(input.text(), 10_000, "input", "text");
		errors.atMost(2000, input.url(), "input", "url");
		Visit visit = this.facts.reference(Visit.class, input.visit(), errors, "input", "visit");
		Quote original = this.facts.reference(Quote.class, input.translationOf(), errors, "input", "translationOf");
		if (original != null && original.equals(self)) {
			errors.add(Code.INVALID, "A quote cannot be a translation of itself", "input", "translationOf");
		}
		if (errors.count() > errorsBefore || speaker == null) {
			return null;
		}
		Quote quote = new Quote(slug, speaker.getId(), text, input.language(), input.kind(), input.medium(),
				input.saidOn(), input.url(), (visit != null) ? visit.getId() : null);
		quote.setTranslationOfId((original != null) ? original.getId() : null);
		return quote;
	}

	/**
	 * The passage of a live article that the source names; null (with errors) if it names
	 * none.
	 */
	private @Nullable Passage passage(SourceInput source, UserErrors errors) {
		Long article = this.passages.check(source, errors, "input", "source");
		return (article != null) ? new Passage(article, source.startOffset(), source.endOffset()) : null;
	}

	private void cite(Quote quote, Passage passage) {
		SourceTables.cite(this.jdbc, "Quote", quote.getId(), passage.articleId(), passage.start(), passage.end());
	}

}
