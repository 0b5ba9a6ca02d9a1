package org.amparo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.protection.application.Reencryption;

import java.util.Map;

/**
 * {@code POST /api/v1/admin/keys/reencryption} (admin): after a new data key was added to the key ring and made
 * current, reads the ring again and rewrites everything on file under it in the background. Answers the job's id.
 */
@Path("v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @EJB
    Reencryption reencryption;

    @POST
    @Path("reencryption")
    @Consumes(MediaType.WILDCARD)
    public Map<String, String> reencrypt() {
        BackgroundJob job = reencryption.afterRotation();
        return Map.of("job", job.getId(), "state", job.getState().name());
    }
}
