package io.parlgraph.article;

import java.time.Instant;
import java.util.List;

import io.parlgraph.article.ArticleInputs.CorrectArticleInput;
import io.parlgraph.article.ArticleInputs.RetractArticleInput;
import io.parlgraph.feed.ArticleEventKind;
import io.parlgraph.feed.EventLog;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.StoredFacts;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Corrects and retracts published articles, each in the caller's transaction
 * ({@code MutationTransaction.run}), appending the event that reports it to the event log
 * in that same transaction.
 */
@Component
class CorrectionsAndRetractions {

	private final EntityManager entityManager;

	private final StoredFacts facts;

	private final CitationRelocation citations;

	private final SearchIndex searchIndex;

	private final EventLog eventLog;

	CorrectionsAndRetractions(EntityManager entityManager, StoredFacts facts, CitationRelocation citations,
			SearchIndex searchIndex, EventLog eventLog) {
		this.entityManager = entityManager;
		this.facts = facts;
		this.citations = citations;
		this.searchIndex = searchIndex;
		this.eventLog = eventLog;
	}

	Article correct(CorrectArticleInput input, UserErrors errors) {
		Article article = this.facts.toUpdate(Article.class, input.id(), input.version());
		if (input.headline() == null && input.body() == null) {
			errors.add(Code.REQUIRED, "Give a corrected headline, body or both", "input");
		}
		String headline = (input.headline() != null) ? errors.required(input.headline(), 500, "input", "headline")
				: article.getHeadline();
		errors.atMost(2000, input.note(), "input", "note");
		if (input.body() != null && input.body().isBlank()) {
			errors.add(Code.REQUIRED, "Must not be blank", "input", "body");
		}
		errors.throwIfAny();
		String oldBody = article.getBody();
		String body = (input.body() != null) ? input.body() : oldBody;
		this.entityManager.persist(article.correct(headline, body, Instant.now(), input.note()));
		if (input.body() != null) {
			this.citations.relocate(article.getId(), oldBody, article.getBody());
		}
		this.searchIndex.reindex(SearchableType.ARTICLE, List.of(article.getId()));
		this.eventLog.append(ArticleEventKind.CORRECTED, article.getId(), article.getRevision(), article.getLanguage(),
				input.note());
		return article;
	}

	Article retract(RetractArticleInput input, UserErrors errors) {
		Article article = this.facts.toUpdate(Article.class, input.id(), input.version());
		String reason = errors.required(input.reason(), 2000, "input", "reason");
		if (article.getRetraction() != null) {
			errors.add(Code.INVALID, "The article is retracted already", "input", "id");
		}
		errors.throwIfAny();
		article.retract(reason, Instant.now());
		this.searchIndex.reindex(SearchableType.ARTICLE, List.of(article.getId()));
		this.eventLog.append(ArticleEventKind.RETRACTED, article.getId(), article.getRevision(), article.getLanguage(),
				reason);
		return article;
	}

}
