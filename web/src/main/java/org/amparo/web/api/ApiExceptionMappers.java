package org.amparo.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a JSON answer with the right status: 400 with field errors, 403, 404, and for anything
 * unexpected a 500 that carries an incident id, never a stack trace. The log gets the exception under that id, its
 * classes and stack frames without their messages ({@link org.amparo.platform.LogSafe}).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    /** SQLSTATE of a unique key's refusal, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.validation.ConstraintViolationException || t instanceof InvalidInputException) {
                // also a query parameter's refusal (QueryParameters), which RESTEasy hands on inside a 404 of its own
                e = t;
                break;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                // Two saves of the same record at the same moment: the later one lost the race.
                return json(409, Map.of("error", "changed by someone else at the same moment; read it again and retry"));
            }
            if (t instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // The same record created twice at the same moment (a double click, two tabs): the later one lost the
                // race against a unique key the service had checked; nothing of it was kept.
                return json(409, Map.of("error", "saved by someone else at the same moment; read it again and retry"));
            }
        }
        if (org.amparo.web.RetriedWhenBusyInterceptor.busy(thrown)) {
            // The case's process was changed by a timer at the same moment, again and again: nothing was kept.
            return Response.status(503).header("Retry-After", "1").type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "the case changed at the same moment; nothing was saved; try again")).build();
        }
        if (e instanceof InvalidInputException invalid) {
            return json(400, Map.of("errors", invalid.errors()));
        }
        if (e instanceof org.amparo.shared.domain.EditConflictException conflict) {
            return json(409, Map.of("error", "changed by someone else since you read it", "record", conflict.record(),
                    "currentVersion", conflict.currentVersion(), "changes", conflict.changes()));
        }
        if (e instanceof jakarta.validation.ConstraintViolationException violations) {
            // An entity's own constraints, should a rule have slipped past the service's checks: still named by field.
            return json(400, Map.of("errors", violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList()));
        }
        if (e instanceof JsonbException refused) {
            // a value of the wrong kind (a decimal for an id, "yes" for true), named by its field
            return json(400, Map.of("errors", JsonBinding.invalidInput(refused).errors()));
        }
        if (e instanceof ProcessingException) {
            return json(400, Map.of("errors", List.of(new FieldError("body", ApiWords.text("api.notJsonForResource")))));
        }
        if (e instanceof org.amparo.cases.domain.CaseAccessDeniedException denied) {
            // Another team's case: refused, and how to break the glass if one must open it.
            return json(403, Map.of("error", "not one of your cases",
                    "breakGlass", "POST /api/v1/cases/" + denied.caseId() + "/access with {\"reason\": \"why you must open it\"}"));
        }
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            LOG.info("Refused an API call for a role that may not make it");
            return json(403, Map.of("error", "not allowed for your role"));
        }
        if (e instanceof NotFoundException || e instanceof jakarta.ws.rs.NotFoundException) {
            return json(404, Map.of("error", "not found"));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, status == 400
                    ? Map.of("errors", List.of(new FieldError("request", ApiWords.text("api.unreadable"))))
                    : Map.of("error", web.getResponse().getStatusInfo().getReasonPhrase()));
        }
        if (org.amparo.web.security.Outages.databaseUnavailable(thrown)) {
            LOG.warning("The database did not answer; the API answered 503");
            return Response.status(503).header("Retry-After", org.amparo.web.security.Outages.RETRY_AFTER)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", org.amparo.web.security.Outages.MESSAGE)).build();
        }
        String incident = UUID.randomUUID().toString();
        // its stack trace without the messages: a database's refusal quotes the value it refused
        LOG.log(Level.SEVERE, "API failure, incident " + incident, org.amparo.platform.LogSafe.withoutMessages(e));
        return json(500, Map.of("error", "internal error", "incident", incident));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof ProcessingException && current.getCause() instanceof JsonbException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
