package org.amparo.web.api.example;

import jakarta.annotation.security.RolesAllowed;

/** A service as {@code ServiceRolesTest} reads one: roles on the class, and on a method instead of the class's. */
@RolesAllowed("admin")
public class Guarded {

    public void guarded() {
    }

    @RolesAllowed({"staff", "admin"})
    public void viaLambda() {
    }
}
