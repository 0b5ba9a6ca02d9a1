package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.security.application.AccessTokenSummary;
import org.amparo.security.application.PersonalAccessTokens;
import org.amparo.web.security.BearerTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Personal access tokens. Everyone makes, lists and revokes their own ({@code v1/tokens}); an administrator lists and
 * revokes anyone's ({@link AdminTokenResource}). A token is answered once, when it is made; it cannot be read again. A token
 * is made with a password (a page's session or HTTP Basic), never with another token, so that a token that leaks cannot
 * make itself a longer-lived one.
 */
@Path("v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** A new token: a name saying what it is for, some of the caller's roles (all if none), days until it expires (90 if not said). */
    public static class NewToken {
        public String name;
        public Set<String> roles;
        public Integer days;
        /** Instead of {@code days}: the moment it expires (ISO-8601, e.g. {@code 2026-12-31T23:59:59Z}). */
        public String expiresAt;
    }

    @Inject
    PersonalAccessTokens tokens;

    /** The caller's tokens (never the tokens themselves). */
    @GET
    @Consumes(MediaType.WILDCARD)
    public List<AccessTokenSummary> mine() {
        return tokens.mine();
    }

    /** Makes a token; the answer carries it in {@code token}, this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken body, @Context UriInfo uri, @Context HttpServletRequest request) {
        if (BearerTokens.AUTH_TYPE.equals(request.getAuthType())) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "a token is made with your password (or on the page My API tokens), not with another token"))
                    .build();
        }
        NewToken b = body == null ? new NewToken() : body;
        java.time.Instant expiresAt;
        try {
            expiresAt = b.expiresAt == null || b.expiresAt.isBlank() ? null : java.time.Instant.parse(b.expiresAt.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiWords.invalid("expiresAt", "api.notMoment");
        }
        PersonalAccessTokens.Created created = tokens.create(b.name, b.roles, b.days, expiresAt);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", created.secret());
        answer.put("details", created.token());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
                .entity(answer).build();
    }

    /** Revokes one of the caller's tokens for good. */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public AccessTokenSummary revoke(@PathParam("id") long id) {
        return tokens.revokeMine(id);
    }
}
