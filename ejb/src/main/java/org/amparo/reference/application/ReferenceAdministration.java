package org.amparo.reference.application;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amparo.audit.application.AuditLog;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;

/** Creating jurisdictions and facilities by hand, until they come from ICE's files; administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReferenceAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    public record NewJurisdiction(
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 150, message = "{amparo.validation.size}") String name,
            @NotNull(message = "{amparo.validation.required}") JurisdictionLevel level,
            @NotNull(message = "{amparo.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{amparo.validation.stateCode}") String stateCode,
            @NotNull(message = "{amparo.validation.required}") DetainerPolicy detainerPolicy) implements Serializable {
    }

    public record NewFacility(
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 200, message = "{amparo.validation.size}") String name,
            @NotNull(message = "{amparo.validation.required}") FacilityType type,
            @Size(max = 100, message = "{amparo.validation.size}") String city,
            @Pattern(regexp = "[A-Z]{2}", message = "{amparo.validation.stateCode}") String stateCode,
            @NotBlank(message = "{amparo.validation.required}") String timeZone,
            Long jurisdictionId) implements Serializable {
    }

    public long createJurisdiction(NewJurisdiction command) {
        validation.check(command);
        Jurisdiction j = new Jurisdiction(command.name().trim(), command.level(), command.stateCode(), command.detainerPolicy());
        em.persist(j);
        em.flush();
        audit.record("jurisdiction.created", "Jurisdiction", j.getId(), null);
        return j.getId();
    }

    public long createFacility(NewFacility command) {
        validation.check(command);
        ZoneId zone;
        try {
            zone = ZoneId.of(command.timeZone().trim());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "is not a time zone such as America/Chicago");
        }
        Jurisdiction jurisdiction = null;
        if (command.jurisdictionId() != null) {
            jurisdiction = em.find(Jurisdiction.class, command.jurisdictionId());
            if (jurisdiction == null) {
                throw InvalidInputException.of("jurisdictionId", "No such jurisdiction");
            }
        }
        Facility f = new Facility(command.name().trim(), command.type(), command.city(), command.stateCode(), zone, jurisdiction);
        em.persist(f);
        em.flush();
        audit.record("facility.created", "Facility", f.getId(), null);
        return f.getId();
    }
}
