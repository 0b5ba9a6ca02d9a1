package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.security.application.TeamAdministration;
import org.amparo.security.application.TeamSummary;
import org.amparo.shared.domain.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/admin/teams}: teams, their members and their jurisdictions (admin; supervisors read). Who sees which
 * case follows from them ({@link org.amparo.cases.domain.CaseScope}).
 */
@Path("v1/admin/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamAdministration teams;

    @GET
    public List<TeamSummary> all() {
        return teams.all();
    }

    @GET
    @Path("{id: \\d+}")
    public TeamSummary get(@PathParam("id") long id) {
        return teams.get(id);
    }

    /** {@code {"name": "North", "members": ["caseworker", "attorney"]}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TeamBody body) {
        long id = teams.create(required(body).name, body.members);
        return Response.status(201).entity(teams.get(id)).build();
    }

    /** Renames the team and/or replaces its members (each part left out stays as it is). */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamSummary update(@PathParam("id") long id, TeamBody body) {
        required(body);
        if (body.name != null) {
            teams.rename(id, body.name);
        }
        if (body.members != null) {
            teams.setMembers(id, body.members);
        }
        return teams.get(id);
    }

    /** Gives a jurisdiction's cases to a team: {@code {"teamId": 3}}, or {@code {"teamId": null}} for none. */
    @PUT
    @Path("jurisdictions/{jurisdictionId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignJurisdiction(@PathParam("jurisdictionId") long jurisdictionId, Map<String, Object> body) {
        Object team = required(body).get("teamId");
        if (team != null && !(team instanceof Number)) {
            throw InvalidInputException.of("teamId", "must be a team's id or null");
        }
        teams.assignJurisdiction(jurisdictionId, team == null ? null : ((Number) team).longValue());
        return Response.noContent().build();
    }

    /** A team as the API takes it. */
    public static class TeamBody {
        public String name;
        public List<String> members;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "A JSON object is required");
        }
        return body;
    }
}
