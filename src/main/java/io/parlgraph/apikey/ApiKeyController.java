package io.parlgraph.apikey;

import java.util.function.Function;

import io.parlgraph.apikey.ApiKeys.Issued;
import io.parlgraph.graphql.KeysetPages;
import io.parlgraph.graphql.OrderBy;
import io.parlgraph.graphql.Ordering;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.graphql.Where;
import io.parlgraph.write.MutationTransaction;
import io.parlgraph.write.Payload;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors.RejectedInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL handlers for the {@code ApiKey} type: admins list, create and revoke keys. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class ApiKeyController {

	private static final Function<@Nullable OrderBy, Ordering<ApiKey>> ORDERS = Ordering.by();

	private final ApiKeys apiKeys;

	private final KeysetPages pages;

	private final MutationTransaction writes;

	ApiKeyController(ApiKeys apiKeys, KeysetPages pages, MutationTransaction writes) {
		this.apiKeys = apiKeys;
		this.pages = pages;
		this.writes = writes;
	}

	@QueryMapping
	public Page<ApiKey> apiKeys(Paging page) {
		return this.pages.find(ApiKey.class, "api_key", Where.all(), ORDERS.apply(null), page);
	}

	@MutationMapping
	public Payload<Issued> createApiKey(@Argument String name, @Argument ApiKeyRole role) {
		return this.writes.run(errors -> {
			String checked = errors.required(name, ApiKeys.MAX_NAME_LENGTH, "name");
			if (ApiKeys.CONFIGURED_NAME.equals(checked)) {
				errors.add(Code.INVALID, "Kept for the key configured as parlgraph.admin-key: choose another name",
						"name");
			}
			errors.throwIfAny();
			return this.apiKeys.issue(checked, role);
		});
	}

	@MutationMapping
	public Payload<ApiKey> revokeApiKey(@Argument String id) {
		return this.writes.run(errors -> {
			return this.apiKeys.revoke(errors.orThrow(errors.id(id, "ApiKey", "id")))
				.orElseThrow(() -> RejectedInputException.of(Code.NOT_FOUND, "No API key with this ID", "id"));
		});
	}

	@SchemaMapping(typeName = "CreateApiKeyPayload")
	public @Nullable ApiKey apiKey(Payload<Issued> payload) {
		return (payload.result() != null) ? payload.result().apiKey() : null;
	}

	@SchemaMapping(typeName = "CreateApiKeyPayload")
	public @Nullable String secret(Payload<Issued> payload) {
		return (payload.result() != null) ? payload.result().secret() : null;
	}

}
