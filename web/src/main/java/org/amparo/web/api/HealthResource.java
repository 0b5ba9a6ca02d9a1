package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.platform.HealthCheck;

/** {@code GET /api/health}: open to monitoring without login; reveals status only. */
@Path("health")
public class HealthResource {

    @Inject
    HealthCheck health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthCheck.Health h = health.check();
        return Response.status("UP".equals(h.status()) ? 200 : 503).entity(h).build();
    }
}
