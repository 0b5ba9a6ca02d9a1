package org.amparo.security.domain;

import java.util.Collection;
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
     * Whether each of these is a person's role: none null, blank or unknown. Asked before a set of roles is compared
     * with {@link #ALL} or copied into a sorted set, both of which refuse a null with a {@code NullPointerException}
     * (a JSON list such as {@code [null]} reads as one).
     */
    public static boolean allKnown(Collection<String> roles) {
        return roles != null && roles.stream().allMatch(role -> role != null && ALL.contains(role));
    }

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

    /** Who have a task inbox (the workflow's candidate groups): everyone but staff. */
    private static final List<String> WITH_INBOX = List.of(CASEWORKER, ATTORNEY, SUPERVISOR, ADMIN);

    /** The pages a role starts on after signing in (and where "back" leads). */
    public enum Home {
        /** The list of cases. */
        CASES("/cases/list.xhtml"),
        /** The caller's task inbox. */
        TASKS("/tasks/inbox.xhtml"),
        /** The dashboard's counts. */
        DASHBOARD("/dashboard/index.xhtml");

        private final String path;

        Home(String path) {
            this.path = path;
        }

        /** The page's path within the application. */
        public String path() {
            return path;
        }
    }

    /** Whether a caller with these roles has a task inbox (and so a count of it in the menu). */
    public static boolean hasInbox(Predicate<String> callerIsInRole) {
        return WITH_INBOX.stream().anyMatch(callerIsInRole);
    }

    /**
     * The first page of a caller with these roles: staff (who never see names) the dashboard; attorneys, whose work
     * comes to them as tasks, their inbox; everyone else (caseworkers on the hotline, supervisors, admins) the cases.
     * A person with several roles gets the widest of them.
     */
    public static Home home(Predicate<String> callerIsInRole) {
        if (!seesNames(callerIsInRole)) {
            return Home.DASHBOARD;
        }
        if (callerIsInRole.test(ATTORNEY) && Set.of(CASEWORKER, SUPERVISOR, ADMIN).stream().noneMatch(callerIsInRole)) {
            return Home.TASKS;
        }
        return Home.CASES;
    }

    /** Whether a caller with these roles reads privileged notes. */
    public static boolean readsPrivileged(Predicate<String> callerIsInRole) {
        return READ_PRIVILEGED.stream().anyMatch(callerIsInRole);
    }

    private Roles() {
    }
}
