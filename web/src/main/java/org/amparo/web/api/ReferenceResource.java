package org.amparo.web.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.reference.application.ReferenceAdministration;
import org.amparo.reference.application.ReferenceAdministration.NewFacility;
import org.amparo.reference.application.ReferenceAdministration.NewJurisdiction;
import org.amparo.shared.domain.InvalidInputException;

/** Reference data by hand (admin): {@code POST /api/v1/admin/jurisdictions} and {@code /facilities}. */
@Path("v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ReferenceAdministration administration;

    @POST
    @Path("jurisdictions")
    public Response createJurisdiction(NewJurisdiction command) {
        require(command);
        return Response.status(201).entity(Map.of("id", administration.createJurisdiction(command))).build();
    }

    @POST
    @Path("facilities")
    public Response createFacility(NewFacility command) {
        require(command);
        return Response.status(201).entity(Map.of("id", administration.createFacility(command))).build();
    }

    private static void require(Object command) {
        if (command == null) {
            throw InvalidInputException.of("body", "A JSON object is required");
        }
    }
}
