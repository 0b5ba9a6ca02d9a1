package org.amparo.web.hotline;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.hotline.application.ActivityReporting;
import org.amparo.hotline.application.FileReportCommand;
import org.amparo.hotline.application.OpenCaseFromReportCommand;
import org.amparo.hotline.application.ReportView;
import org.amparo.hotline.application.VerifyReportCommand;
import org.amparo.hotline.domain.Agency;
import org.amparo.hotline.domain.IceActivity;
import org.amparo.hotline.domain.LocalParticipation;
import org.amparo.hotline.domain.Verification;
import org.amparo.platform.ServerZone;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The enforcement-activity reports page: file a report as the caller speaks (what, where, when, who took part, the
 * people detained, one a line), the reports of the last 30 days or only the alerts still current, verify one or mark
 * it false, and open a case for a person a report names.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ActivityReporting reporting;


    private LocalDateTime occurredAt;
    private String place;
    private Long jurisdictionId;
    private List<IceActivity> iceActivities = new ArrayList<>();
    private List<LocalParticipation> localParticipation = new ArrayList<>();
    private List<Agency> agencies = new ArrayList<>();
    private String comments;
    private boolean callerConsented;
    private String callerName;
    private String callerContact;
    /** One person a line: "Family name, given names". */
    private String people;

    private boolean currentOnly;
    private List<ReportView> reports;

    private Long verifying;
    private Verification verification = Verification.VERIFIED;
    private String method;

    private Long openingReport;
    private Integer openingPerson;
    private Long facilityId;

    public void file() {
        try {
            List<FileReportCommand.PersonSeen> seen = new ArrayList<>();
            if (people != null) {
                for (String line : people.split("\\R")) {
                    if (!line.isBlank()) {
                        String[] parts = line.split(",", 2);
                        seen.add(new FileReportCommand.PersonSeen(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null, null));
                    }
                }
            }
            reporting.file(new FileReportCommand(
                    occurredAt == null ? null : occurredAt.atZone(ServerZone.get()).toInstant(), place, jurisdictionId,
                    EnumSet.copyOf(withDefault(iceActivities, IceActivity.class)), EnumSet.copyOf(withDefault(localParticipation, LocalParticipation.class)),
                    EnumSet.copyOf(withDefault(agencies, Agency.class)), comments, callerConsented,
                    callerConsented ? callerName : null, callerConsented ? callerContact : null, seen, null));
            Messages.info("reports.filed");
            occurredAt = null;
            place = null;
            iceActivities = new ArrayList<>();
            localParticipation = new ArrayList<>();
            agencies = new ArrayList<>();
            comments = null;
            callerConsented = false;
            callerName = null;
            callerContact = null;
            people = null;
            reports = null;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("reportForm", invalid);
        }
    }

    private static <E extends Enum<E>> java.util.Collection<E> withDefault(List<E> chosen, Class<E> type) {
        return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(type) : chosen;
    }

    public void startVerifying(long id) {
        verifying = id;
        verification = Verification.VERIFIED;
        method = null;
    }

    public void verify() {
        try {
            reporting.verify(verifying, new VerifyReportCommand(verification, method));
            Messages.info("reports.verified");
            verifying = null;
            reports = null;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("verifyForm", invalid);
        }
    }

    public void startOpening(long reportId, int person) {
        openingReport = reportId;
        openingPerson = person;
        facilityId = null;
    }

    public void openCase() throws IOException {
        try {
            long caseId = reporting.openCase(openingReport, new OpenCaseFromReportCommand(openingPerson, facilityId, null, null, null));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cases/file.xhtml?id=" + caseId);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("openForm", invalid);
        }
    }

    public List<ReportView> getReports() {
        if (reports == null) {
            LocalDate today = LocalDate.now(ServerZone.get());
            reports = reporting.between(today.minusDays(30), today, currentOnly);
        }
        return reports;
    }

    public void refresh() {
        reports = null;
    }



    public IceActivity[] getAllIceActivities() {
        return IceActivity.values();
    }

    public LocalParticipation[] getAllLocalParticipation() {
        return LocalParticipation.values();
    }

    public Agency[] getAllAgencies() {
        return Agency.values();
    }

    public Verification[] getVerificationStates() {
        return new Verification[]{Verification.VERIFIED, Verification.FALSE_REPORT};
    }

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getJurisdictionId() { return jurisdictionId; }
    public void setJurisdictionId(Long jurisdictionId) { this.jurisdictionId = jurisdictionId; }
    public List<IceActivity> getIceActivities() { return iceActivities; }
    public void setIceActivities(List<IceActivity> iceActivities) { this.iceActivities = iceActivities; }
    public List<LocalParticipation> getLocalParticipation() { return localParticipation; }
    public void setLocalParticipation(List<LocalParticipation> localParticipation) { this.localParticipation = localParticipation; }
    public List<Agency> getAgencies() { return agencies; }
    public void setAgencies(List<Agency> agencies) { this.agencies = agencies; }
    public String getComments() { return comments; }
    public void setComments(String comments) { this.comments = comments; }
    public boolean isCallerConsented() { return callerConsented; }
    public void setCallerConsented(boolean callerConsented) { this.callerConsented = callerConsented; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String callerName) { this.callerName = callerName; }
    public String getCallerContact() { return callerContact; }
    public void setCallerContact(String callerContact) { this.callerContact = callerContact; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public boolean isCurrentOnly() { return currentOnly; }
    public void setCurrentOnly(boolean currentOnly) { this.currentOnly = currentOnly; }
    public Long getVerifying() { return verifying; }
    public Verification getVerification() { return verification; }
    public void setVerification(Verification verification) { this.verification = verification; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public Long getOpeningReport() { return openingReport; }
    public Integer getOpeningPerson() { return openingPerson; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
}
