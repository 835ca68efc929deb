package io.parlgraph.article;

import static io.parlgraph.write.UserErrors.path;

import io.parlgraph.quote.CitedPassages;
import io.parlgraph.quote.QuoteInput.SourceInput;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Checks, for the quote feature, that a quote cites a passage of a live article. */
@Component
class ArticlePassages implements CitedPassages {

	private final StoredFacts facts;

	ArticlePassages(StoredFacts facts) {
		this.facts = facts;
	}

	@Override
	public @Nullable Long check(SourceInput source, UserErrors errors, String... at) {
		Article article = this.facts.reference(Article.class, source.article(), errors, path(at, "article"));
		if (article == null) {
			return null;
		}
		if (article.getRetraction() != null) {
			errors.add(Code.INVALID, "The article is retracted: cite another", path(at, "article"));
			return null;
		}
		errors.passage(source.startOffset(), source.endOffset(), article.getBody(), at);
		return article.getId();
	}

}
