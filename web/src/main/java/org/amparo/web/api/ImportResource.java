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
import org.amparo.imports.application.ImportReport;
import org.amparo.imports.application.ReferenceImports;
import org.amparo.reference.domain.ReferenceImport;
import org.amparo.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reference imports from ICE's files (admin): {@code POST /api/v1/admin/imports/{ice-287g|ice-287g-pending|ice-facilities}?fileName=}
 * with the file as the body previews; {@code &commit=true} imports (all or nothing; {@code &skipBadRows=true} leaves
 * out the rows with problems); {@code .../problems.xlsx} returns the rows' problems as a workbook.
 */
@Path("v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** Uploads are read whole, up to a little over the reader's limit, so an oversized file is answered by it. */
    static final int READ_LIMIT = 26 * 1024 * 1024;

    @Inject
    ReferenceImports imports;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    public ImportReport importFile(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
                                   @QueryParam("commit") @DefaultValue("false") boolean commit,
                                   @QueryParam("skipBadRows") @DefaultValue("false") boolean skipBadRows,
                                   InputStream body) throws IOException {
        byte[] content = body.readNBytes(READ_LIMIT);
        return commit ? imports.commit(kind(kind), fileName, content, skipBadRows)
                : imports.preview(kind(kind), fileName, content);
    }

    @POST
    @Path("{kind}/problems.xlsx")
    @Consumes(MediaType.WILDCARD)
    @Produces(CaseResource.XLSX)
    public Response problems(@PathParam("kind") String kind, @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] workbook = imports.problemsWorkbook(kind(kind), fileName, body.readNBytes(READ_LIMIT));
        return Response.ok(workbook, CaseResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"import-problems.xlsx\"").build();
    }

    /** The imports so far, newest first. */
    @GET
    public List<Map<String, Object>> history() {
        return imports.history().stream().map(i -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("kind", i.getKind().name());
            row.put("fileName", i.getFileName());
            row.put("asOf", i.getAsOf().toString());
            row.put("importedAt", i.getImportedAt().toString());
            row.put("importedBy", i.getImportedBy());
            row.put("rows", i.getRowCount());
            row.put("added", i.getAdded());
            row.put("updated", i.getUpdated());
            row.put("ended", i.getEnded());
            row.put("skipped", i.getSkipped());
            row.put("datedBy", String.valueOf(i.getDatedBy()));
            row.put("historyOnly", i.isHistoryOnly());
            return row;
        }).toList();
    }

    static ReferenceImport.Kind kind(String path) {
        return switch (path) {
            case "ice-287g" -> ReferenceImport.Kind.ICE_287G;
            case "ice-facilities" -> ReferenceImport.Kind.ICE_FACILITIES;
            case "ice-287g-pending" -> ReferenceImport.Kind.ICE_287G_PENDING;
            default -> throw ApiWords.invalid("kind", "api.unknownImport");
        };
    }
}
