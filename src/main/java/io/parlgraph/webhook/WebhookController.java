package io.parlgraph.webhook;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.feed.EventSelection;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.webhook.Webhooks.Caller;
import io.parlgraph.webhook.Webhooks.WithSecret;
import io.parlgraph.write.Payload;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code Webhook} type: editors manage their own endpoints,
 * admins all.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
public class WebhookController {

	private final WebhookQueries queries;

	private final Webhooks webhooks;

	WebhookController(WebhookQueries queries, Webhooks webhooks) {
		this.queries = queries;
		this.webhooks = webhooks;
	}

	@QueryMapping
	public Page<Webhook> webhooks(Paging page) {
		return this.queries.find(Caller.current(), page);
	}

	@MutationMapping
	public Payload<WithSecret> createWebhook(@Argument String url, @Argument @Nullable Map<String, Object> filter,
			@Argument @Nullable String description) {
		return this.webhooks.create(url, filter, description, Caller.current());
	}

	/**
	 * The arguments are {@code @Nullable} as their GraphQL types are; an
	 * {@code ArgumentValue} itself never is.
	 */
	@MutationMapping
	public Payload<Webhook> updateWebhook(@Argument String id, @Argument @Nullable ArgumentValue<String> url,
			@Argument @Nullable ArgumentValue<Map<String, Object>> filter,
			@Argument @Nullable ArgumentValue<String> description) {
		return this.webhooks.update(id, url, filter, description, Caller.current());
	}

	@MutationMapping
	public Payload<Webhook> deleteWebhook(@Argument String id) {
		return this.webhooks.delete(id, Caller.current());
	}

	@MutationMapping
	public Payload<WithSecret> rotateWebhookSecret(@Argument String id) {
		return this.webhooks.rotateSecret(id, Caller.current());
	}

	@MutationMapping
	public Payload<Webhook> enableWebhook(@Argument String id) {
		return this.webhooks.enable(id, Caller.current());
	}

	@MutationMapping
	public Payload<WebhookDelivery> redeliverWebhookEvent(@Argument String webhook, @Argument String eventCursor) {
		return this.webhooks.redeliver(webhook, eventCursor, Caller.current());
	}

	@MutationMapping
	public Payload<WebhookDelivery> pingWebhook(@Argument String id) {
		return this.webhooks.ping(id, Caller.current());
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
		return this.queries.deliveries(webhook, page, env);
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
