package org.amparo.security.application;

import java.io.Serializable;

/** An account as a choice in a list: no password, no roles. */
public record AccountOption(String username, String displayName) implements Serializable {
}
