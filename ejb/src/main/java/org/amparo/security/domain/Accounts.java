package org.amparo.security.domain;

import java.util.List;
import java.util.Optional;

/** The user accounts people sign in with, by username. */
public interface Accounts {

    Optional<UserAccount> find(String username);

    void add(UserAccount account);

    /** Every account, enabled or not, by username. */
    List<UserAccount> all();

    /** How many accounts there are, enabled or not. */
    long count();

    /** The enabled accounts that have the role, by display name. */
    List<AccountName> activeWithRole(String role);

    /** Whether an enabled account has this username and the role. */
    boolean isActive(String username, String role);
}
