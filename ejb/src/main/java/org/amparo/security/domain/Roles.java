package org.amparo.security.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The application roles. Services declare them with {@code @RolesAllowed}; workflow candidate groups use the same names. */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String ATTORNEY = "attorney";
    public static final String SUPERVISOR = "supervisor";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CASEWORKER, ATTORNEY, SUPERVISOR, STAFF, ADMIN);

    /**
     * The role of the application's own start-up and timer work ({@code @RunAs}): never a person's. It is not in
     * {@link #ALL}, so no account can be given it (the table's check constraint refuses it too), and no sign-in has it.
     */
    public static final String SYSTEM = "system";

    /** Who sees every case and people's identities in exports and on the dashboard: the one list of them. */
    private static final Set<String> SEE_EVERY_IDENTITY = Set.of(SUPERVISOR, ADMIN);

    /** Who reads and writes privileged (attorney-client) notes. */
    private static final Set<String> READ_PRIVILEGED = Set.of(ATTORNEY, SUPERVISOR);

    /** Whether a caller with these roles sees every case and every identity (identified exports, the whole dashboard). */
    public static boolean seesEveryIdentity(Predicate<String> callerIsInRole) {
        return SEE_EVERY_IDENTITY.stream().anyMatch(callerIsInRole);
    }

    /**
     * Whether a caller with these roles may see people's names (each within the cases they may see): staff never do,
     * even with another role, unless they also see every identity.
     */
    public static boolean seesNames(Predicate<String> callerIsInRole) {
        return !callerIsInRole.test(STAFF) || seesEveryIdentity(callerIsInRole);
    }

    /** Whether a caller with these roles reads privileged notes. */
    public static boolean readsPrivileged(Predicate<String> callerIsInRole) {
        return READ_PRIVILEGED.stream().anyMatch(callerIsInRole);
    }

    private Roles() {
    }
}
