package org.amparo.security.application;

import java.time.Instant;
import java.util.List;

/** A personal access token as its user and administrators see it: never the token, never its hash. */
public record AccessTokenSummary(long id, String username, String name, List<String> roles, Instant createdAt,
                                 Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy, String state) {
}
