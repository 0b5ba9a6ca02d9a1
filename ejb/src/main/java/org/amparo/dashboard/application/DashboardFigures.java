package org.amparo.dashboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.amparo.rules.detainer.Finding;

/** The rows of the dashboard's tables; the same rows feed its charts and its XLSX exports. */
public final class DashboardFigures {

    private DashboardFigures() {
    }

    /** How many holds expire within 24 and 48 hours, and how many have expired with the person still held. */
    public record HoldCounts(long within24Hours, long within48Hours, long pastExpiryStillHeld) implements Serializable {
    }

    /** One hold: whose case, where, who has it, when it expires (on the facility's clock too). */
    public record HoldAlert(long caseId, String personName, String facilityName, String facilityTimeZone,
                            String caseworker, String attorney, Instant holdExpiresAt) implements Serializable {

        public LocalDateTime expiresLocal() {
            return LocalDateTime.ofInstant(holdExpiresAt, facilityTimeZone == null ? ZoneOffset.UTC : ZoneId.of(facilityTimeZone));
        }
    }

    /** Open cases waiting in one step, with how long they have waited (median and oldest, in hours). */
    public record PipelineStep(org.amparo.process.CaseStep step, long cases, double medianHours, double oldestHours) implements Serializable {
    }

    /** A case waiting in a step, for the list under the pipeline. */
    public record StepCase(long caseId, String personName, String facilityName, String caseworker, Instant enteredAt)
            implements Serializable {
    }

    /** A task past its due date. */
    public record OverdueTask(String taskId, Long caseId, org.amparo.process.CaseStep step, String assignee, Instant dueAt) implements Serializable {
    }

    /** An open case nobody has (no caseworker, or no attorney yet). */
    public record UnassignedCase(long caseId, String personName, org.amparo.process.CaseStep step, boolean noCaseworker, boolean noAttorney)
            implements Serializable {
    }

    /** One worker's load: open cases as caseworker and as attorney, and open tasks assigned to them. */
    public record Caseload(String user, long casesAsCaseworker, long casesAsAttorney, long openTasks) implements Serializable {
    }

    /** A count per month and label (an outcome, a form, a facility). */
    public record MonthCount(int year, int month, String label, long count) implements Serializable {

        public String period() {
            return String.format("%04d-%02d", year, month);
        }
    }

    /** A count per label (a facility). */
    public record LabelCount(String label, long count) implements Serializable {
    }

    /** How often a finding was made on cases of one jurisdiction. */
    public record JurisdictionFinding(String jurisdiction, Finding finding, long count) implements Serializable {
    }
}
