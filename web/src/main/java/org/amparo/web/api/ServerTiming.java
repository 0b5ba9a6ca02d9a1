package org.amparo.web.api;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds a {@code Server-Timing: app;dur=..., signin;dur=...} header to every API response: how long the server worked
 * on the request itself, and apart from it how long checking the password took (bcrypt, on requests that sign in with
 * Basic credentials), so benchmarks and browsers' developer tools see server time apart from the network.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";
    private static final String SIGNED_IN = ServerTiming.class.getName() + ".signedIn";

    /** Called by the authentication filter once the password is checked. */
    static void signedIn(ContainerRequestContext request) {
        request.setProperty(SIGNED_IN, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            long now = System.nanoTime();
            if (request.getProperty(SIGNED_IN) instanceof Long signedIn) {
                response.getHeaders().putSingle("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f, signin;dur=%.1f",
                        (now - signedIn) / 1_000_000.0, (signedIn - started) / 1_000_000.0));
            } else {
                response.getHeaders().putSingle("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (now - started) / 1_000_000.0));
            }
        }
    }
}
