package io.parlgraph.webhook;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.feed.ArticleEvent;
import io.parlgraph.feed.EventSelection;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.Where;
import io.parlgraph.webhook.Webhooks.Caller;
import io.parlgraph.webhook.Webhooks.WithSecret;
import io.parlgraph.write.MutationTransaction;
import io.parlgraph.write.Payload;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code Webhook} type: editors manage their own endpoints, admins all. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
public class WebhookController {

	private static final Function<@Nullable OrderBy, Ordering<Webhook>> ORDERS = Ordering.by();

	private static final Relation<WebhookDelivery> DELIVERIES = Relation.byColumn("Webhook.deliveries",
			WebhookDelivery.class, "webhook_delivery", "webhook_id", WebhookDelivery::getId);

	private final Webhooks webhooks;

	private final WebhookSender sender;

	private final KeysetPages pages;

	private final RelationLoader relations;

	private final MutationTransaction writes;

	WebhookController(Webhooks webhooks, WebhookSender sender, KeysetPages pages, RelationLoader relations,
			BatchLoaderRegistry registry, MutationTransaction writes) {
		this.webhooks = webhooks;
		this.sender = sender;
		this.pages = pages;
		this.relations = relations;
		this.writes = writes;
		relations.register(registry, DELIVERIES);
	}

	@QueryMapping
	public Page<Webhook> webhooks(Paging page) {
		Caller caller = Caller.current();
		Where where = caller.admin() ? Where.all() : Where.all().equal("owner_key_id", caller.keyId());
		return this.pages.find(Webhook.class, "webhook", where, ORDERS.apply(null), page);
	}

	@MutationMapping
	public Payload<WithSecret> createWebhook(@Argument String url, @Argument @Nullable Map<String, Object> filter,
			@Argument @Nullable String description) {
		Caller caller = Caller.current();
		return this.writes.run(errors -> this.webhooks.create(url, filter, description, caller, errors));
	}

	/** The arguments are {@code @Nullable} as their GraphQL types are; an {@code ArgumentValue} itself never is. */
	@MutationMapping
	public Payload<Webhook> updateWebhook(@Argument String id, @Argument @Nullable ArgumentValue<String> url,
			@Argument @Nullable ArgumentValue<Map<String, Object>> filter,
			@Argument @Nullable ArgumentValue<String> description) {
		Caller caller = Caller.current();
		return this.writes.run(errors -> this.webhooks.update(id, url, filter, description, caller, errors));
	}

	@MutationMapping
	public Payload<Webhook> deleteWebhook(@Argument String id) {
		Caller caller = Caller.current();
		return this.writes.run(errors -> this.webhooks.delete(id, caller));
	}

	@MutationMapping
	public Payload<WithSecret> rotateWebhookSecret(@Argument String id) {
		Caller caller = Caller.current();
		return this.writes.run(errors -> this.webhooks.rotateSecret(id, caller));
	}

	@MutationMapping
	public Payload<Webhook> enableWebhook(@Argument String id) {
		Caller caller = Caller.current();
		return this.writes.run(errors -> this.webhooks.enable(id, caller));
	}

	/** Sends one logged event again, now, whatever the endpoint's position; the position stays. */
	@MutationMapping
	public Payload<WebhookDelivery> redeliverWebhookEvent(@Argument String webhook, @Argument String eventCursor) {
		Caller caller = Caller.current();
		record Found(Webhook webhook, ArticleEvent event) {
		}
		Payload<Found> found = this.writes
			.run(errors -> new Found(this.webhooks.find(webhook, caller), this.webhooks.event(eventCursor)));
		if (found.result() == null) {
			return Payload.rejected(found.userErrors());
		}
		Webhook endpoint = found.result().webhook();
		return Payload.of(this.sender.send(endpoint.getId(), endpoint.getUrl(), endpoint.getSecret(),
				found.result().event()));
	}

	@MutationMapping
	public Payload<WebhookDelivery> pingWebhook(@Argument String id) {
		Caller caller = Caller.current();
		Payload<Webhook> found = this.writes.run(errors -> this.webhooks.find(id, caller));
		Webhook endpoint = found.result();
		return (endpoint != null) ? Payload.of(this.sender.ping(endpoint.getId(), endpoint.getUrl(), endpoint.getSecret()))
				: Payload.rejected(found.userErrors());
	}

	@SchemaMapping(typeName = "Webhook")
	public String id(Webhook webhook) {
		return webhook.getId().toString();
	}

	@SchemaMapping(typeName = "Webhook")
	public String position(Webhook webhook) {
		return EventSelection.cursorOf(webhook.getDeliveredUpTo());
	}

	@SchemaMapping(typeName = "Webhook")
	public CompletableFuture<Page<WebhookDelivery>> deliveries(Webhook webhook, Paging page,
			DataFetchingEnvironment env) {
		return this.relations.load(env, DELIVERIES, webhook.getId(), page);
	}

	@SchemaMapping(typeName = "WebhookSecretPayload")
	public @Nullable Webhook webhook(Payload<WithSecret> payload) {
		return (payload.result() != null) ? payload.result().webhook() : null;
	}

	@SchemaMapping(typeName = "WebhookSecretPayload")
	public @Nullable String secret(Payload<WithSecret> payload) {
		return (payload.result() != null) ? payload.result().secret() : null;
	}

}
