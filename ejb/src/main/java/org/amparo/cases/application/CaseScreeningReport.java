package org.amparo.cases.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;

/**
 * The screening panel of a case file, in the reader's language: priority, DACA and SCAAP with their reasons, the rule
 * set that judged the person and its dates (so an attorney can check it), and each ICE document with its hold expiry,
 * the rule set of its issue date and its findings.
 */
public record CaseScreeningReport(long caseId, String ruleSet, EnforcementPriority priority, List<String> priorityReasons,
                                  DacaResult daca, List<String> dacaReasons, boolean scaapEligible,
                                  List<String> scaapReasons, List<DetainerReport> detainers, String facilityZone,
                                  LocalDate screenedAsOf, String ruleSetExplained, String noProtection)
        implements Serializable {

    /** True when no enforcement priorities were in effect: priority protects nobody ({@link #noProtection} says what does). */
    public boolean noPrioritiesInEffect() {
        return priority == EnforcementPriority.NO_PRIORITIES_IN_EFFECT;
    }

    /**
     * One ICE document. {@code holdExpiresLocal} is in the facility's time; {@code holdExpiresAt} is the same moment
     * for a countdown, both null when the form asks no hold or the release is unknown.
     */
    public record DetainerReport(long detainerId, String formCode, String formLabel, LocalDateTime issuedAt,
                                 boolean lifted, boolean holdRequested, LocalDateTime holdExpiresLocal,
                                 Instant holdExpiresAt, List<FindingReport> findings, String ruleSet,
                                 String ruleSetExplained, String accompaniedBy) implements Serializable {
    }

    public record FindingReport(Finding finding, String reason) implements Serializable {
    }
}
