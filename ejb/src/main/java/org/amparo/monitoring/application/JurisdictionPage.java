package org.amparo.monitoring.application;

import org.amparo.process.CaseStep;
import org.amparo.reference.application.ReferenceForms;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IgsaTerm;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.Finding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about one jurisdiction on one page: its detainer policy and the policy's history, its authorities (who
 * holds each office, elected or appointed, contacts, next election), its facilities with
 * their 287(g) and IGSA facts, its 287(g) agreements, its cases as counts (and, for roles that work cases, the open cases
 * they may see by name), and the recent hotline reports of enforcement activity in it.
 *
 * @param cases        null for a caller who sees no identified case (staff): counts only
 * @param reports      null for a caller who may not read reports (staff): {@code reportCount} only
 */
public record JurisdictionPage(long id, String name, JurisdictionLevel level, String stateCode, String fipsCode,
                               Double latitude, Double longitude, DetainerPolicy detainerPolicy, String policyText,
                               LocalDate policyDate, String policySource, List<ReferenceForms.PolicyVersion> policyHistory,
                               List<AuthorityView> authorities, List<FacilityFacts> facilities, List<ReferenceForms.AgreementDetails> agreements,
                               CaseCounts caseCounts, List<OpenCase> cases, long reportCount, LocalDate reportsSince,
                               List<ReportLine> reports) implements Serializable {

    /** A facility of the jurisdiction with its 287(g) agreement and IGSA contract as recorded. */
    public record FacilityFacts(long id, String name, FacilityType type, String operator, String city, Boolean has287g,
                                String model287g, LocalDate signed287g, LocalDate ended287g, Boolean igsa,
                                Integer igsaBeds, BigDecimal igsaRatePerDay, LocalDate igsaEnds,
                                IgsaTerm igsaTerm) implements Serializable {
    }

    /**
     * The jurisdiction's cases the caller may count (the dashboard's rule): open ones, open ones by step, and cases
     * (open or closed) by each finding of their last screening.
     */
    public record CaseCounts(long open, List<Count<CaseStep>> openByStep, List<Count<Finding>> byFinding) implements Serializable {
    }

    /** A code with how many. */
    public record Count<T>(T code, long count) implements Serializable {
    }

    /** An open case the caller works, by name. */
    public record OpenCase(long id, String name, String facility, CaseStep step, Instant holdExpiresAt,
                           Set<Finding> findings) implements Serializable {
    }

    /** A hotline enforcement-activity report in the jurisdiction (no caller, no people's names). */
    public record ReportLine(long id, Instant occurredAt, String place, Set<org.amparo.hotline.domain.IceActivity> iceActivities,
                             org.amparo.hotline.domain.Verification verification, boolean current) implements Serializable {
    }
}
