package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.amparo.notifications.application.CalendarFeeds;

/**
 * A person's calendar feed, for calendar programs, which cannot sign in: {@code GET /api/feeds/{secret}.ics}. The
 * secret in the address is the credential ({@link ApiAuthentication} lets this one path through); an unknown or
 * withdrawn one answers {@code 404}, the same as a wrong address.
 */
@Path("feeds")
public class CalendarFeedResource {

    /** The path prefix {@link ApiAuthentication} leaves open: the secret is checked here. */
    static final String PATH_PREFIX = "feeds/";

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{secret}.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response feed(@PathParam("secret") String secret) {
        return feeds.feed(secret)
                .map(ics -> Response.ok(ics).header("Content-Disposition", "inline; filename=\"amparo.ics\"").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("no such feed").build());
    }
}
