/**
 * Who may write: bearer API keys with a role, stored hashed, managed by admins
 * ({@code Query.apiKeys}, {@code Mutation.createApiKey}, {@code Mutation.revokeApiKey}).
 */
@NullMarked
package io.parlgraph.apikey;

import org.jspecify.annotations.NullMarked;
