package org.amparo.reference.application;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amparo.audit.application.AuditLog;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.UnitOfWork;

/** Creating jurisdictions and facilities by hand, until they come from ICE's files; administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@jakarta.interceptor.Interceptors(org.amparo.shared.domain.DomainRules.class)
public class ReferenceAdministration {

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Facilities facilities;

    @Inject
    UnitOfWork work;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    org.amparo.casefile.infrastructure.AuditedChanges changes;

    public record NewJurisdiction(
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 150, message = "{amparo.validation.size}") String name,
            @NotNull(message = "{amparo.validation.required}") JurisdictionLevel level,
            @NotNull(message = "{amparo.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{amparo.validation.stateCode}") String stateCode,
            @NotNull(message = "{amparo.validation.required}") DetainerPolicy detainerPolicy,
            @Pattern(regexp = "[0-9]{2}|[0-9]{5}|[0-9]{7}", message = "{amparo.validation.fipsCode}") String fipsCode,
            Double latitude,
            Double longitude) implements Serializable {
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
        locate(j, null, command.fipsCode(), command.latitude(), command.longitude());
        jurisdictions.add(j);
        work.flush();
        audit.record("jurisdiction.created", "Jurisdiction", j.getId(), null);
        return j.getId();
    }

    public long createFacility(NewFacility command) {
        validation.check(command);
        ZoneId zone = zone(command.timeZone());
        Jurisdiction jurisdiction = jurisdiction(command.jurisdictionId());
        Facility f = new Facility(command.name().trim(), command.type(), command.city(), command.stateCode(), zone, jurisdiction);
        facilities.add(f);
        work.flush();
        audit.record("facility.created", "Facility", f.getId(), null);
        return f.getId();
    }

    /** Edits a jurisdiction; a new detainer policy keeps the old one in the jurisdiction's history. */
    public void updateJurisdiction(long id, ReferenceForms.JurisdictionForm form) {
        validation.check(form);
        Jurisdiction j = jurisdictions.find(id)
                .orElseThrow(() -> new org.amparo.shared.domain.NotFoundException("Jurisdiction", id));
        requireVersion(Jurisdiction.class, id, j.getVersion(), form.version(), "Jurisdiction");
        // The code is checked against the level and state the form gives, before anything changes.
        checkFips(id, form.fipsCode(), form.level(), form.stateCode());
        j.rename(form.name().trim(), form.level(), form.stateCode());
        locate(j, id, form.fipsCode(), form.latitude(), form.longitude());
        j.adoptPolicy(form.detainerPolicy(), form.policyText(), form.policyDate(), form.policySource());
        work.flush();
        audit.record("jurisdiction.updated", "Jurisdiction", id, "policy=" + form.detainerPolicy());
    }

    /** Edits a facility: where it is, who runs it, its 287(g) agreement and IGSA contract. */
    public void updateFacility(long id, ReferenceForms.FacilityForm form) {
        validation.check(form);
        Facility f = facilities.find(id).orElseThrow(() -> new org.amparo.shared.domain.NotFoundException("Facility", id));
        requireVersion(Facility.class, id, f.getVersion(), form.version(), "Facility");
        ZoneId zone = zone(form.timeZone());
        Jurisdiction jurisdiction = jurisdiction(form.jurisdictionId());
        f.rename(form.name().trim(), form.type(), form.city(), form.stateCode(), zone, jurisdiction);
        f.setOperator(form.operator() == null || form.operator().isBlank() ? null : form.operator().trim());
        f.record287g(form.has287g(), form.model287g(), form.signed287g(), form.ended287g());
        f.recordIgsa(form.igsa(), form.igsaBeds(), form.igsaRatePerDay(), form.igsaEnds(), form.igsaTerm());
        work.flush();
        audit.record("facility.updated", "Facility", id, null);
    }

    /** The FIPS code's shape for the level and state, and that no other jurisdiction has it. */
    private void checkFips(Long id, String fipsCode, JurisdictionLevel level, String stateCode) {
        String code;
        try {
            code = org.amparo.reference.domain.FipsCode.check(fipsCode, level, stateCode);
        } catch (IllegalArgumentException e) {
            throw validation.invalid("fipsCode", "amparo.validation.fipsCode");
        }
        if (code != null) {
            jurisdictions.byFipsCode(code).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw validation.invalid("fipsCode", "amparo.validation.fipsCodeTaken", other.getName());
            });
        }
    }

    /** The code's shape and that it is the jurisdiction's own; the jurisdiction checks the rest, naming the field. */
    private void locate(Jurisdiction j, Long id, String fipsCode, Double latitude, Double longitude) {
        checkFips(id, fipsCode, j.getLevel(), j.getStateCode());
        j.locate(fipsCode, latitude, longitude);
    }

    private ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw validation.invalid("timeZone", "amparo.validation.timeZone");
        }
    }

    private Jurisdiction jurisdiction(Long id) {
        if (id == null) {
            return null;
        }
        return jurisdictions.find(id).orElseThrow(() -> validation.invalid("jurisdictionId", "amparo.validation.unknownJurisdiction"));
    }

    private void requireVersion(Class<?> type, long id, int current, int expected, String record) {
        changes.requireVersion(type, id, current, expected, record);
    }
}
