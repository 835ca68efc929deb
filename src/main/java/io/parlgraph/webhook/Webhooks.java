package io.parlgraph.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.parlgraph.feed.ArticleEvent;
import io.parlgraph.feed.EventLog;
import io.parlgraph.feed.EventSelection;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.webhook.EndpointGuard.RefusedEndpointException;
import io.parlgraph.write.MutationTransaction;
import io.parlgraph.write.Payload;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Manages endpoints, each change in a transaction of its own
 * ({@link MutationTransaction}): an admin manages every endpoint, an editor those its API
 * key created (others' are, to it, not there). A new endpoint receives the events logged
 * after it was created.
 */
@Service
class Webhooks {

	static final int MAX_URL_LENGTH = 2000;

	static final int MAX_DESCRIPTION_LENGTH = 500;

	private final EntityManager entityManager;

	private final EndpointGuard guard;

	private final EventLog log;

	private final WebhookSender sender;

	private final MutationTransaction writes;

	Webhooks(EntityManager entityManager, EndpointGuard guard, EventLog log, WebhookSender sender,
			MutationTransaction writes) {
		this.entityManager = entityManager;
		this.guard = guard;
		this.log = log;
		this.sender = sender;
		this.writes = writes;
	}

	/** A webhook and its secret, shown only in the payload that made it. */
	record WithSecret(Webhook webhook, String secret) {
	}

	/** Who asks: the API key, and whether it is an admin's. */
	record Caller(long keyId, boolean admin) {

		static Caller current() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getDetails() instanceof Long keyId)) {
				throw new IllegalStateException("Webhook handlers run only for callers with an API key");
			}
			return new Caller(keyId,
					authentication.getAuthorities()
						.stream()
						.anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority())));
		}

	}

	Payload<WithSecret> create(String url, @Nullable Map<String, Object> filter, @Nullable String description,
			Caller caller) {
		return this.writes.run(errors -> {
			String checkedUrl = url(url, errors);
			String storedFilter = filter(filter, errors);
			errors.atMost(MAX_DESCRIPTION_LENGTH, description, "description");
			errors.throwIfAny();
			String secret = WebhookSecret.generate();
			Webhook webhook = new Webhook(checkedUrl, description, storedFilter, secret, caller.keyId(),
					this.log.head(), Instant.now());
			this.entityManager.persist(webhook);
			return new WithSecret(webhook, secret);
		});
	}

	/** Changes what the arguments give; an omitted one keeps its value. */
	Payload<Webhook> update(String id, ArgumentValue<String> url, ArgumentValue<Map<String, Object>> filter,
			ArgumentValue<String> description, Caller caller) {
		return this.writes.run(errors -> {
			Webhook webhook = find(id, caller);
			String checkedUrl = url.isOmitted() ? webhook.getUrl() : url(url.value(), errors);
			String storedFilter = filter.isOmitted() ? webhook.getFilter() : filter(filter.value(), errors);
			String newDescription = description.isOmitted() ? webhook.getDescription() : description.value();
			errors.atMost(MAX_DESCRIPTION_LENGTH, newDescription, "description");
			errors.throwIfAny();
			webhook.update(checkedUrl, newDescription, storedFilter);
			return webhook;
		});
	}

	Payload<Webhook> delete(String id, Caller caller) {
		return this.writes.run(errors -> {
			Webhook webhook = find(id, caller);
			this.entityManager.remove(webhook);
			return webhook;
		});
	}

	Payload<WithSecret> rotateSecret(String id, Caller caller) {
		return this.writes.run(errors -> {
			Webhook webhook = find(id, caller);
			String secret = WebhookSecret.generate();
			webhook.rotate(secret);
			return new WithSecret(webhook, secret);
		});
	}

	Payload<Webhook> enable(String id, Caller caller) {
		return this.writes.run(errors -> {
			Webhook webhook = find(id, caller);
			webhook.enable(Instant.now());
			return webhook;
		});
	}

	/**
	 * Sends one logged event again, now, whatever the endpoint's position; the position
	 * stays.
	 */
	Payload<WebhookDelivery> redeliver(String id, String eventCursor, Caller caller) {
		record Found(Webhook webhook, ArticleEvent event) {
		}
		Payload<Found> found = this.writes.run(errors -> new Found(find(id, caller), event(eventCursor)));
		if (found.result() == null) {
			return Payload.rejected(found.userErrors());
		}
		// sent after the lookup's transaction ended, so the HTTP request holds no lock
		// and no connection
		Webhook endpoint = found.result().webhook();
		return Payload
			.of(this.sender.send(endpoint.getId(), endpoint.getUrl(), endpoint.getSecret(), found.result().event()));
	}

	/** Sends a test message, which no event stands behind. */
	Payload<WebhookDelivery> ping(String id, Caller caller) {
		Payload<Webhook> found = this.writes.run(errors -> find(id, caller));
		Webhook endpoint = found.result();
		return (endpoint != null)
				? Payload.of(this.sender.ping(endpoint.getId(), endpoint.getUrl(), endpoint.getSecret()))
				: Payload.rejected(found.userErrors());
	}

	/** The logged event that a cursor names, to send again. */
	private ArticleEvent event(String cursor) {
		long sequence;
		try {
			sequence = EventSelection.sequenceOf(cursor);
		}
		catch (InvalidInputException ex) {
			throw RejectedInputException.of(Code.INVALID, ex.getMessage(), "eventCursor");
		}
		List<ArticleEvent> events = this.log.read(sequence - 1, sequence, 1);
		if (events.isEmpty()) {
			throw RejectedInputException.of(Code.NOT_FOUND, "No event with this cursor in the log", "eventCursor");
		}
		return events.get(0);
	}

	/** The endpoint with the ID, locked until commit, if the caller may manage it. */
	private Webhook find(String id, Caller caller) {
		Webhook webhook = null;
		try {
			webhook = this.entityManager.find(Webhook.class, Long.parseLong(id), LockModeType.PESSIMISTIC_WRITE);
		}
		catch (NumberFormatException ex) {
			// not found, below
		}
		if (webhook == null || (!caller.admin() && webhook.getOwnerKeyId() != caller.keyId())) {
			throw RejectedInputException.of(Code.NOT_FOUND, "No webhook with this ID", "id");
		}
		return webhook;
	}

	private @Nullable String url(@Nullable String url, UserErrors errors) {
		String checked = errors.required(url, MAX_URL_LENGTH, "url");
		if (checked != null) {
			try {
				this.guard.resolve(checked);
			}
			catch (RefusedEndpointException ex) {
				errors.add(Code.INVALID, ex.getMessage(), "url");
			}
		}
		return checked;
	}

	private @Nullable String filter(@Nullable Map<String, Object> filter, UserErrors errors) {
		Map<String, Object> given = (filter != null) ? filter : Map.of();
		try {
			EventSelection.matching(given);
		}
		catch (InvalidInputException ex) {
			errors.add(Code.INVALID, ex.getMessage(), "filter");
			return null;
		}
		return JsonMapper.shared().writeValueAsString(given);
	}

}
