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
 * The retention policy (admin): {@code GET v1/admin/retention[?closedBefore=yyyy-MM-dd]} says the period and what is
 * due (by the period, or closed before the day given); {@code POST v1/admin/retention/run[?closedBefore=yyyy-MM-dd]}
 * anonymises the people due (at most 500 a run) and answers what it did. A day later than the policy's cutoff needs
 * {@code &confirmPeople=N}, N the number of people the GET counts as due for it; otherwise the answer is a 400 saying N.
 */
@Path("v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @EJB
    Retention retention;

    @GET
    public Retention.Status status(@QueryParam("closedBefore") String closedBefore) {
        return retention.status(QueryDates.optional("closedBefore", closedBefore, null));
    }

    @POST
    @Path("run")
    @Consumes(MediaType.WILDCARD)
    public Retention.Run run(@QueryParam("closedBefore") String closedBefore, @QueryParam("confirmPeople") Long confirmPeople) {
        return retention.runNow(QueryDates.optional("closedBefore", closedBefore, null), confirmPeople);
    }
}
