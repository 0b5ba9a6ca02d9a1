package org.amparo.security.domain;

import java.util.List;
import java.util.Optional;

/** The personal access tokens, by id and by the hash of the secret. */
public interface AccessTokens {

    Optional<AccessToken> find(long id);

    /** The token whose secret has this SHA-256 (hex). */
    Optional<AccessToken> findByHash(String tokenHash);

    void add(AccessToken token);

    /** A user's tokens, newest first. */
    List<AccessToken> of(String username);

    /** Every token, newest first (at most {@code max}). */
    List<AccessToken> all(int max);
}
