package org.amparo.security.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An account as an administrator sees it: never its password or hash. {@code providerLinked}: the organisation's
 * identity provider signs this person in and keeps their password.
 */
public record AccountSummary(String username, String displayName, List<String> roles, boolean enabled,
                             boolean mustChangePassword, Instant createdAt, Instant passwordChangedAt,
                             boolean providerLinked) implements Serializable {
}
