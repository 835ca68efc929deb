package io.parlgraph.quote;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.data.SourceTables;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.quote.QuoteInput.SourceInput;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.FactWrites;
import io.parlgraph.write.Patch;
import io.parlgraph.write.Slugs;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates and updates quotes, in the caller's transaction, searchable at once. A quote a
 * mutation creates is cited by the article that reports it; the loaders cite theirs
 * themselves.
 */
@Component
public class QuoteWrites extends FactWrites<Quote, QuoteInput> {

	private final JdbcClient jdbc;

	private final CitedPassages passages;

	QuoteWrites(QuoteRepository quotes, JdbcClient jdbc, StoredFacts facts, SearchIndex searchIndex,
			CitedPassages passages, EntityManager entityManager) {
		super(Quote.class, quotes, searchIndex.of(SearchableType.QUOTE), Quote::update, facts, entityManager);
		this.jdbc = jdbc;
		this.passages = passages;
	}

	/** A passage of an article, as checked. */
	private record Passage(long articleId, int start, int end) {
	}

	/**
	 * A new quote from a mutation's input, cited by the article its source names; refused
	 * (user errors) if either is bad.
	 */
	@Override
	public Quote create(QuoteInput input, UserErrors errors) {
		Quote quote = create(input, errors, "input");
		Passage passage = (input.source() != null) ? passage(input.source(), errors) : null;
		cite(errors.orThrow(quote), errors.orThrow(passage));
		return quote;
	}

	Quote update(UpdateQuoteInput input, UserErrors errors) {
		Quote stored = toUpdate(input.id(), input.version());
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
		Passage passage = (input.source() != null) ? passage(input.source(), errors) : null;
		update(stored, merged, null, errors);
		if (passage != null) {
			this.jdbc.sql("delete from " + SourceTables.of("Quote") + " where subject_id = ? and article_id = ?")
				.params(stored.getId(), passage.articleId())
				.update();
			cite(stored, passage);
		}
		return stored;
	}

	/**
	 * Marks a stored quote as the translation of another, with the checks an update's
	 * {@code translationOf} gets: for a loader whose originals may come after their
	 * translations.
	 */
	public void translate(Quote quote, String original, UserErrors errors, String... at) {
		String[] field = path(at, "translationOf");
		Long id = errors.id(original, "Quote", field);
		if (id != null && translationStored(original, quote, errors, field)) {
			quote.setTranslationOfId(id);
		}
	}

	@Override
	public @Nullable Checked<Quote> unsaved(QuoteInput input, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(input.slug(), errors, path(at, "slug"));
		Long speaker = errors.id(input.speaker(), "Speaker", path(at, "speaker"));
		String text = errors.required(input.text(), 10_000, path(at, "text"));
		errors.atMost(2000, input.url(), path(at, "url"));
		Long visit = errors.id(input.visit(), "Visit", path(at, "visit"));
		Long original = errors.id(input.translationOf(), "Quote", path(at, "translationOf"));
		if (errors.count() > errorsBefore || slug == null || speaker == null || text == null) {
			return null;
		}
		Quote quote = new Quote(slug, speaker, text, input.language(), input.kind(), input.medium(), input.saidOn(),
				input.url(), visit);
		quote.setTranslationOfId(original);
		return Checked.withoutParts(quote);
	}

	@Override
	protected void checkStored(QuoteInput input, @Nullable Quote self, UserErrors errors, String... at) {
		this.facts.slugFree(Quote.class, input.slug(), self, errors, path(at, "slug"));
		this.facts.exists(Speaker.class, input.speaker(), errors, path(at, "speaker"));
		this.facts.exists(Visit.class, input.visit(), errors, path(at, "visit"));
		if (input.translationOf() != null) {
			translationStored(input.translationOf(), self, errors, path(at, "translationOf"));
		}
	}

	/**
	 * Whether the original a translation names is stored and another quote than the
	 * translation ({@code self}, null for a new quote); false, with an error, if not.
	 */
	private boolean translationStored(String original, @Nullable Quote self, UserErrors errors, String... field) {
		int errorsBefore = errors.count();
		this.facts.exists(Quote.class, original, errors, field);
		if (self != null && this.facts.find(Quote.class, original).filter(self::equals).isPresent()) {
			errors.add(Code.INVALID, "A quote cannot be a translation of itself", field);
		}
		return errors.count() == errorsBefore;
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
