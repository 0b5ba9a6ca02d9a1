package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.amparo.exports.application.ExportJob;
import org.amparo.exports.application.ExportJobs;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Background exports for big lists: {@code POST /api/v1/exports/cases?<list filters>&mode=} starts one (202),
 * {@code GET /api/v1/exports/{id}} says how far it is, {@code GET /api/v1/exports/{id}/download} fetches the workbook
 * once (then it is deleted). Each job is its owner's only.
 */
@Path("v1/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Inject
    ExportJobs jobs;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;

    @POST
    @Path("cases")
    public Response startCases(@BeanParam CaseListParams params, @QueryParam("lang") @DefaultValue("en") String lang,
                               @QueryParam("mode") String mode) {
        ExportJob job = jobs.startCaseExport(params.criteria(), Locale.forLanguageTag(lang), exportPolicy.mode(mode));
        return Response.accepted(job).build();
    }

    @GET
    public List<ExportJob> mine() {
        return jobs.mine();
    }

    @GET
    @Path("{id}")
    public ExportJob status(@PathParam("id") String id) {
        return jobs.status(id);
    }

    @GET
    @Path("{id}/download")
    @Produces(CaseResource.XLSX)
    public Response download(@PathParam("id") String id) {
        ExportJob status = jobs.status(id);
        InputStream file = jobs.download(id);
        StreamingOutput body = out -> {
            try (file) {
                file.transferTo(out);
            }
        };
        return Response.ok(body, CaseResource.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + status.fileName() + "\"").build();
    }
}
