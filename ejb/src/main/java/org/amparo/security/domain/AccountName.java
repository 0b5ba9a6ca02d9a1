package org.amparo.security.domain;

/** An account by its username and display name alone: no password, no roles. */
public record AccountName(String username, String displayName) {
}
