package io.parlgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.article.Article;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.Specs;
import io.parlgraph.graphql.ToOne;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Event} type. */
@Controller
class EventController {

	private static final Relation<Event> ORGANIZED_BY = Relation.byColumn("Parliament.eventsOrganized", Event.class,
			"event", "organizer_id", Event::getId);

	private static final Relation<Event> MENTIONED_IN = Relation.byLink("Article.events", Event.class, "event",
			"event_source", "article_id", "subject_id", Event::getId);

	private final EventRepository events;

	private final ParliamentRepository parliaments;

	private final RelationLoader relations;

	EventController(EventRepository events, ParliamentRepository parliaments, RelationLoader relations,
			BatchLoaderRegistry registry) {
		this.events = events;
		this.parliaments = parliaments;
		this.relations = relations;
		relations.register(registry, ORGANIZED_BY);
		relations.register(registry, MENTIONED_IN);
	}

	@QueryMapping
	Connection<Event> events(@Argument @Nullable EventFilter filter, Paging page) {
		EventFilter f = (filter != null) ? filter : new EventFilter(null, null, null, null);
		return KeysetPages.find(this.events,
				Specs.<Event>equal("kind", f.kind())
					.and(Specs.equal("country", f.country()))
					.and(Specs.<Event, LocalDate>atLeast("endDate", f.from()).or(Specs.atLeast("startDate", f.from())))
					.and(Specs.atMost("startDate", f.to())),
				page, Event::getId);
	}

	@BatchMapping
	Map<Event, Parliament> organizer(List<Event> events) {
		return ToOne.resolve(events, Event::getOrganizerId, this.parliaments::findAllById, Parliament::getId);
	}

	@SchemaMapping(typeName = "Parliament")
	CompletableFuture<Connection<Event>> eventsOrganized(Parliament parliament, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, ORGANIZED_BY, parliament.getId(), page);
	}

	@SchemaMapping(typeName = "Article", field = "events")
	CompletableFuture<Connection<Event>> mentionedIn(Article article, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, MENTIONED_IN, article.getId(), page);
	}

}
