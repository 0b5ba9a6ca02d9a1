package org.amparo.security.domain;

import java.util.List;
import java.util.Optional;

/** The personal access tokens, by id and by the hash of the secret. */
public interface AccessTokens {

    Optional<AccessToken> find(long id);

    /** The token whose secret has this SHA-256 (hex). */
    Optional<AccessToken> findByHash(String tokenHash);

    void add(AccessToken token);

    /**
     * Records a use at {@code now} unless one after {@code staleBefore} is already recorded: one conditional update,
     * without the entity's version, so that concurrent calls with the same token never conflict.
     */
    void recordUse(long id, java.time.Instant now, java.time.Instant staleBefore);

    /** A user's tokens, newest first. */
    List<AccessToken> of(String username);

    /** Every token, newest first (at most {@code max}). */
    List<AccessToken> all(int max);
}
