package org.amparo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.amparo.audit.application.AuditEntry;
import org.amparo.audit.application.AuditFilter;
import org.amparo.audit.application.AuditTrail;
import org.amparo.audit.application.UnusualReading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The audit trail (supervisors and admins), read-only: {@code GET v1/audit?user=&caseId=&from=&to=&first=&size=},
 * {@code GET v1/audit/export.xlsx} with the same filter, and {@code GET v1/audit/unusual?from=&to=}: accounts that read
 * far more case files than their caseload. There is no method that changes or removes a record.
 */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditTrail trail;

    @GET
    public Map<String, Object> page(@QueryParam("user") String user, @QueryParam("caseId") Long caseId,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        AuditFilter filter = filter(user, caseId, from, to);
        List<AuditEntry> rows = trail.page(filter, first, size);
        return Map.of("rows", rows, "total", trail.count(filter));
    }

    @jakarta.inject.Inject
    org.amparo.web.audit.AuditWords words;

    @GET
    @Path("export.xlsx")
    @Produces(CaseResource.XLSX)
    public Response export(@QueryParam("user") String user, @QueryParam("caseId") Long caseId,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("lang") @jakarta.ws.rs.DefaultValue("en") String lang) {
        AuditFilter filter = filter(user, caseId, from, to);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        trail.export(filter, buffer, words.wording(java.util.Locale.forLanguageTag("es".equals(lang) ? "es" : "en")));
        StreamingOutput body = buffer::writeTo;
        return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"amparo-audit.xlsx\"").build();
    }

    @GET
    @Path("unusual")
    public List<UnusualReading> unusual(@QueryParam("from") String from, @QueryParam("to") String to) {
        return trail.unusualReading(date("from", from), date("to", to));
    }

    /** The latest break-glass openings of cases (who, which case, until when, why), newest first. */
    @GET
    @Path("break-glass")
    public List<AuditEntry> breakGlass(@QueryParam("max") @DefaultValue("100") int max) {
        return trail.breakGlass(max);
    }

    private static AuditFilter filter(String user, Long caseId, String from, String to) {
        return new AuditFilter(user == null || user.isBlank() ? null : user.trim(), caseId, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String text) {
        return QueryDates.optional(field, text, null);
    }
}
