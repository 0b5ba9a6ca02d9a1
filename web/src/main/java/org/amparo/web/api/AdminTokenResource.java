package org.amparo.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.amparo.security.application.AccessTokenSummary;
import org.amparo.security.application.PersonalAccessTokens;
import org.amparo.security.domain.Roles;

import java.util.List;

/** Everyone's personal access tokens, for administrators: list (never the tokens themselves) and revoke. */
@Path("v1/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTokenResource {

    @Inject
    PersonalAccessTokens tokens;

    /** Every token, or one user's (admin). */
    @GET
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public List<AccessTokenSummary> all(@QueryParam("username") String username) {
        return tokens.list(username);
    }

    /** Revokes anyone's token (admin). */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public AccessTokenSummary revokeAny(@PathParam("id") long id) {
        return tokens.revokeAny(id);
    }
}
