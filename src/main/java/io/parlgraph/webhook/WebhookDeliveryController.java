package io.parlgraph.webhook;

import io.parlgraph.feed.EventSelection;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL handlers for the {@code WebhookDelivery} type, an entry of an endpoint's
 * delivery log.
 */
@Controller
class WebhookDeliveryController {

	@SchemaMapping(typeName = "WebhookDelivery")
	String id(WebhookDelivery delivery) {
		return delivery.getId().toString();
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	@Nullable String eventCursor(WebhookDelivery delivery) {
		return (delivery.getEventSequence() != null) ? EventSelection.cursorOf(delivery.getEventSequence()) : null;
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	boolean succeeded(WebhookDelivery delivery) {
		return delivery.getFailure() == null;
	}

}
