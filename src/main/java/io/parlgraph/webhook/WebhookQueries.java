package io.parlgraph.webhook;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Relation;
import io.parlgraph.graphql.RelationLoader;
import io.parlgraph.graphql.ToOneSelection;
import io.parlgraph.graphql.Where;
import io.parlgraph.webhook.Webhooks.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How endpoints are read: the pages of {@code Query.webhooks}, and each endpoint's
 * delivery log, batched.
 */
@Component
class WebhookQueries {

	private static final Function<@Nullable OrderBy, Ordering<Webhook>> ORDERS = Ordering.by();

	private static final Relation<WebhookDelivery> DELIVERIES = Relation.byColumn("Webhook.deliveries",
			WebhookDelivery.class, "webhook_delivery", "webhook_id", WebhookDelivery::getId);

	private final KeysetPages pages;

	private final RelationLoader relations;

	WebhookQueries(KeysetPages pages, RelationLoader relations, BatchLoaderRegistry registry) {
		this.pages = pages;
		this.relations = relations;
		relations.register(registry, DELIVERIES);
	}

	/**
	 * The endpoints the caller may manage: an admin all, an editor those its API key
	 * created.
	 */
	Page<Webhook> find(Caller caller, Paging page) {
		Where where = caller.admin() ? Where.all() : Where.all().equal("owner_key_id", caller.keyId());
		return this.pages.find(Webhook.class, "webhook", where, ORDERS.apply(null), page, ToOneSelection.NONE);
	}

	CompletableFuture<Page<WebhookDelivery>> deliveries(Webhook webhook, Paging page, DataFetchingEnvironment env) {
		return this.relations.load(env, DELIVERIES, webhook.getId(), page);
	}

}
