package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.imports.application.RosterImportJob;
import org.amparo.imports.application.RosterImportJobs;
import org.amparo.imports.application.RosterImports;
import org.amparo.imports.application.RosterLayout;
import org.amparo.imports.application.RosterReport;
import org.amparo.imports.application.RosterRequest;
import org.amparo.imports.domain.RosterField;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.RequestLocale;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cases from jail rosters and hotline sheets, the file as the request body:
 * <ul>
 *   <li>{@code POST v1/imports/cases/layout?fileName=} — the header row, the columns and their mapping (remembered
 *       for the layout, or suggested by the labels);</li>
 *   <li>{@code POST v1/imports/cases?fileName=&mapping=A:FULL_NAME,C:DATE_OF_BIRTH&facilityId=} — a preview: what
 *       the import would do and every row's problems; nothing is written;</li>
 *   <li>{@code ...&commit=true[&skipBadRows=true]} — {@code 202} with a job to poll at
 *       {@code GET v1/imports/cases/jobs/{id}}: all of it is imported, or nothing;</li>
 *   <li>{@code POST v1/imports/cases/problems.xlsx?...} — the rows' problems as a workbook.</li>
 * </ul>
 */
@Path("v1/imports/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseImportResource {

    @Inject
    RosterImports imports;

    @Inject
    RosterImportJobs jobs;

    @Inject
    RequestLocale locale;

    @POST
    @Path("layout")
    @Consumes(MediaType.WILDCARD)
    public RosterLayout layout(@QueryParam("fileName") String fileName, InputStream body) throws IOException {
        return imports.layout(fileName, body.readNBytes(ImportResource.READ_LIMIT));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importRoster(@QueryParam("fileName") String fileName, @QueryParam("mapping") String mapping,
                                 @QueryParam("facilityId") Long facilityId,
                                 @QueryParam("commit") @DefaultValue("false") boolean commit,
                                 @QueryParam("skipBadRows") @DefaultValue("false") boolean skipBadRows,
                                 InputStream body) throws IOException {
        RosterRequest request = new RosterRequest(fileName, body.readNBytes(ImportResource.READ_LIMIT), mapping(mapping), facilityId);
        if (!commit) {
            RosterReport report = imports.preview(request);
            return Response.ok(report).build();
        }
        RosterImportJob job = jobs.start(request, skipBadRows, locale.get());
        return Response.accepted(job).build();
    }

    @GET
    @Path("jobs/{id}")
    public RosterImportJob job(@PathParam("id") String id) {
        return jobs.status(id);
    }

    @POST
    @Path("problems.xlsx")
    @Consumes(MediaType.WILDCARD)
    @Produces(CaseResource.XLSX)
    public Response problems(@QueryParam("fileName") String fileName, @QueryParam("mapping") String mapping,
                             @QueryParam("facilityId") Long facilityId, InputStream body) throws IOException {
        byte[] workbook = imports.problemsWorkbook(new RosterRequest(fileName, body.readNBytes(ImportResource.READ_LIMIT),
                mapping(mapping), facilityId));
        return Response.ok(workbook, CaseResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"import-problems.xlsx\"").build();
    }

    /** "A:FULL_NAME,C:DATE_OF_BIRTH" (column letters as the spreadsheet shows them); null when not given. */
    static Map<Integer, RosterField> mapping(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<Integer, RosterField> mapping = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length != 2 || !parts[0].strip().matches("[A-Za-z]{1,3}")) {
                throw ApiWords.invalid("mapping", "api.mappingPairs", pair.strip());
            }
            int column = 0;
            for (char c : parts[0].strip().toUpperCase(Locale.ROOT).toCharArray()) {
                column = column * 26 + (c - 'A' + 1);
            }
            try {
                mapping.put(column - 1, RosterField.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw ApiWords.invalid("mapping", "api.mappingField", parts[1].strip());
            }
        }
        return mapping;
    }
}
