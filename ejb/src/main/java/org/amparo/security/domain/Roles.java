package org.amparo.security.domain;

import java.util.List;

/** The application roles. Services declare them with {@code @RolesAllowed}; workflow candidate groups use the same names. */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String ATTORNEY = "attorney";
    public static final String SUPERVISOR = "supervisor";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CASEWORKER, ATTORNEY, SUPERVISOR, STAFF, ADMIN);

    private Roles() {
    }
}
