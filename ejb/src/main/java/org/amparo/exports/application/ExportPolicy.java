package org.amparo.exports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.amparo.exports.domain.ExportMode;
import org.amparo.security.domain.Roles;

import java.util.Locale;

/**
 * Who may export what, for every list export (cases, ICE requests, tasks): an identified export needs the supervisor
 * or admin role, and is their default; everyone else gets, and only gets, a de-identified one.
 */
@Stateless
@PermitAll
public class ExportPolicy {

    @jakarta.inject.Inject
    org.amparo.shared.domain.InputValidation validation;

    @Resource
    SessionContext session;

    /** The mode a caller gets when they do not choose. */
    public ExportMode defaultMode() {
        return mayExportIdentified() ? ExportMode.FULL : ExportMode.DEIDENTIFIED;
    }

    /**
     * The mode an export request asks for: {@code full}, {@code deidentified}, or nothing for the caller's default.
     *
     * @throws EJBAccessException when the caller asks for a full export their role does not allow
     */
    public ExportMode mode(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultMode();
        }
        ExportMode mode = switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "full" -> ExportMode.FULL;
            case "deidentified" -> ExportMode.DEIDENTIFIED;
            default -> throw validation.invalid("mode", "amparo.validation.exportMode");
        };
        requireAllowed(mode);
        return mode;
    }

    /** @throws EJBAccessException when the mode is full and the caller is neither a supervisor nor an admin */
    public void requireAllowed(ExportMode mode) {
        if (mode == ExportMode.FULL && !mayExportIdentified()) {
            throw new EJBAccessException("An identified export needs the supervisor or admin role");
        }
    }

    private boolean mayExportIdentified() {
        return Roles.seesEveryIdentity(session::isCallerInRole);
    }
}
