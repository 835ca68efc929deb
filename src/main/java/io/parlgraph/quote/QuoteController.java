package io.parlgraph.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTerms;
import io.parlgraph.visit.Visit;
import io.parlgraph.write.Payload;
import io.parlgraph.write.MutationTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code Quote} type, and the quote lists of speakers and
 * visits.
 */
@Controller
class QuoteController {

	private final QuoteQueries queries;

	private final QuoteWrites quoteWrites;

	private final MutationTransaction writes;

	QuoteController(QuoteQueries queries, QuoteWrites quoteWrites, MutationTransaction writes) {
		this.queries = queries;
		this.quoteWrites = quoteWrites;
		this.writes = writes;
	}

	@QueryMapping
	Page<Quote> quotes(@Argument @Nullable QuoteFilter filter, @Argument @Nullable OrderBy orderBy, Paging page,
			DataFetchingEnvironment env) {
		return this.queries.find((filter != null) ? filter : QuoteFilter.NONE, orderBy, page,
				ToOneSelection.ofNodes(env));
	}

	@BatchMapping
	Map<Quote, Speaker> speaker(List<Quote> quotes) {
		return this.queries.speakers(quotes);
	}

	@BatchMapping
	Map<Quote, Visit> visit(List<Quote> quotes) {
		return this.queries.visits(quotes);
	}

	@BatchMapping
	Map<Quote, Quote> translationOf(List<Quote> quotes) {
		return this.queries.originals(quotes);
	}

	@SchemaMapping
	CompletableFuture<SpeakerTerm> speakerTerm(Quote quote, DataFetchingEnvironment env) {
		return SpeakerTerms.held(env, quote.getSpeakerId(), quote.getSaidOn());
	}

	@SchemaMapping
	CompletableFuture<Page<Quote>> translations(Quote quote, Paging page, DataFetchingEnvironment env) {
		return this.queries.translations(quote, page, env);
	}

	@SchemaMapping(typeName = "Speaker", field = "quotes")
	CompletableFuture<Page<Quote>> quotesOfSpeaker(Speaker speaker, Paging page, DataFetchingEnvironment env) {
		return this.queries.quotesBy(speaker, page, env);
	}

	@SchemaMapping(typeName = "Visit", field = "quotes")
	CompletableFuture<Page<Quote>> quotesDuring(Visit visit, Paging page, DataFetchingEnvironment env) {
		return this.queries.quotesDuring(visit, page, env);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Quote> createQuote(@Argument QuoteInput input) {
		return this.writes.run(errors -> this.quoteWrites.create(input, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public Payload<Quote> updateQuote(@Argument UpdateQuoteInput input) {
		return this.writes.run(errors -> this.quoteWrites.update(input, errors));
	}

}
