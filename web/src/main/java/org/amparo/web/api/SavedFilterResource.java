package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.filters.application.SaveFilterCommand;
import org.amparo.filters.application.SavedFilterView;
import org.amparo.filters.application.SavedFilters;
import org.amparo.filters.domain.FilterPage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The caller's own saved filters ({@code v1/me/filters}): on the case list ({@code CASES}) or the task inbox
 * ({@code TASKS}), each a name and criteria such as {@code {"status": "OPEN", "step": "INTAKE"}}. {@code POST} saves
 * (the same name again replaces it), {@code DELETE} removes one. Nobody sees another person's filters.
 */
@Path("v1/me/filters")
@Produces(MediaType.APPLICATION_JSON)
public class SavedFilterResource {

    @Inject
    SavedFilters filters;

    @GET
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> list(@QueryParam("page") String page) {
        String list = page == null ? FilterPage.CASES.name() : page;
        List<SavedFilterView> mine = filters.mine(list);
        return Map.of("page", list.strip().toUpperCase(Locale.ROOT), "filters", mine);
    }

    @GET
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public SavedFilterView get(@PathParam("id") long id) {
        return filters.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(SaveFilterCommand command) {
        return Response.ok(filters.save(command)).build();
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response delete(@PathParam("id") long id) {
        filters.delete(id);
        return Response.noContent().build();
    }
}
