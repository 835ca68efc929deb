package io.parlgraph.apikey;

import io.parlgraph.apikey.ApiKeys.Issued;
import io.parlgraph.graphql.Page;
import io.parlgraph.graphql.Paging;
import io.parlgraph.write.MutationTransaction;
import io.parlgraph.write.Payload;
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

	private final ApiKeyQueries queries;

	private final ApiKeys apiKeys;

	private final MutationTransaction writes;

	ApiKeyController(ApiKeyQueries queries, ApiKeys apiKeys, MutationTransaction writes) {
		this.queries = queries;
		this.apiKeys = apiKeys;
		this.writes = writes;
	}

	@QueryMapping
	public Page<ApiKey> apiKeys(Paging page) {
		return this.queries.find(page);
	}

	@MutationMapping
	public Payload<Issued> createApiKey(@Argument String name, @Argument ApiKeyRole role) {
		return this.writes.run(errors -> this.apiKeys.issue(name, role, errors));
	}

	@MutationMapping
	public Payload<ApiKey> revokeApiKey(@Argument String id) {
		return this.writes.run(errors -> this.apiKeys.revoke(id, errors));
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
