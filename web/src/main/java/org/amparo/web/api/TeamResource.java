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

    /**
     * Renames the team and/or replaces its members (each part left out stays as it is): admins. A supervisor, who may read
     * the teams, was let through with an empty body, so the API's description said supervisors may change a team.
     */
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
    public Response assignJurisdiction(@PathParam("jurisdictionId") long jurisdictionId, TeamChoice body) {
        teams.assignJurisdiction(jurisdictionId, TeamChoice.of(body));
        return Response.noContent().build();
    }

    /** A team as the API takes it. */
    public static class TeamBody {
        public String name;
        public List<String> members;
    }

    /**
     * The team named by {@code {"teamId": 3}}, or none by {@code {"teamId": null}}. The key must be there: an empty object
     * (or a list) took the team away before, cutting its members off their cases. A decimal or a number beyond an id's
     * range is refused, not rounded or wrapped round to another team. A body of its own rather than a map: a map read
     * whatever a client nested in it, and a thousand levels of nesting overflowed the reader's stack (a 500).
     */
    public static final class TeamChoice {
        @jakarta.json.bind.annotation.JsonbTypeDeserializer(org.amparo.shared.infrastructure.StrictJson.WholeLong.class)
        private Long teamId;
        @jakarta.json.bind.annotation.JsonbTransient
        private boolean given;

        public Long getTeamId() {
            return teamId;
        }

        /** Called for {@code "teamId": null} too (JSON-B sets a null it is given), never for a body without the key. */
        public void setTeamId(Long teamId) {
            this.teamId = teamId;
            this.given = true;
        }

        /** The team chosen, null for none; refused when the body does not say. */
        static Long of(TeamChoice body) {
            if (body == null || !body.given) {
                throw ApiWords.invalid("teamId", "api.teamRequired");
            }
            if (body.teamId != null && body.teamId <= 0) {
                throw ApiWords.invalid("teamId", "api.teamId");
            }
            return body.teamId;
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiWords.invalid("body", "api.objectRequired");
        }
        return body;
    }
}
