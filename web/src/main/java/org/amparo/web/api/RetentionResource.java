package org.amparo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.amparo.protection.application.Retention;


/**
 * The retention policy (admin): {@code GET v1/admin/retention} says the period and what is due;
 * {@code POST v1/admin/retention/run[?closedBefore=yyyy-MM-dd]} anonymises the people due (by the period, or closed
 * before the day given) and answers what it did.
 */
@Path("v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @EJB
    Retention retention;

    @GET
    public Retention.Status status() {
        return retention.status();
    }

    @POST
    @Path("run")
    @Consumes(MediaType.WILDCARD)
    public Retention.Run run(@QueryParam("closedBefore") String closedBefore) {
        return retention.runNow(QueryDates.optional("closedBefore", closedBefore, null));
    }
}
