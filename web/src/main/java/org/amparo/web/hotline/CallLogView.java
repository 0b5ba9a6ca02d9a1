package org.amparo.web.hotline;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.hotline.application.CallLog;
import org.amparo.hotline.application.CallSummary;
import org.amparo.hotline.application.CallVolumes;
import org.amparo.hotline.application.LogCallCommand;
import org.amparo.hotline.domain.CallKind;
import org.amparo.hotline.domain.CallOutcome;
import org.amparo.platform.ServerZone;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The call log page: log a call in a few fields (what about, language, outcome, minutes, a case if one came of it,
 * and the caller's name only with their consent), the calls of a period, and for supervisors the volumes by day and
 * hour.
 */
@Named
@ViewScoped
public class CallLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CallLog log;

    private CallKind kind = CallKind.PERSON_DETAINED;
    private String language;
    private CallOutcome outcome;
    private Integer minutes;
    private Long caseId;
    private boolean callerConsented;
    private String callerName;
    private String callerContact;

    private LocalDate from = LocalDate.now(ServerZone.get()).minusDays(6);
    private LocalDate to = LocalDate.now(ServerZone.get());
    private List<CallSummary> calls;
    private CallVolumes volumes;

    public void logCall() {
        try {
            log.log(new LogCallCommand(null, kind, language, outcome, minutes, caseId, callerConsented,
                    callerConsented ? callerName : null, callerConsented ? callerContact : null));
            Messages.info("calls.logged");
            outcome = null;
            minutes = null;
            caseId = null;
            callerConsented = false;
            callerName = null;
            callerContact = null;
            calls = null;
            volumes = null;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("callForm", invalid);
        }
    }

    public void showPeriod() {
        calls = null;
        volumes = null;
    }

    public List<CallSummary> getCalls() {
        if (calls == null) {
            try {
                calls = log.between(from, to);
            } catch (InvalidInputException invalid) {
                Messages.fieldErrors("periodForm", invalid);
                calls = List.of();
            }
        }
        return calls;
    }

    public CallVolumes getVolumes() {
        if (volumes == null) {
            try {
                volumes = log.volumes(from, to);
            } catch (InvalidInputException invalid) {
                volumes = null;
            }
        }
        return volumes;
    }

    public CallKind[] getKinds() {
        return CallKind.values();
    }

    public CallOutcome[] getOutcomes() {
        return CallOutcome.values();
    }

    public CallKind getKind() {
        return kind;
    }

    public void setKind(CallKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public boolean isCallerConsented() {
        return callerConsented;
    }

    public void setCallerConsented(boolean callerConsented) {
        this.callerConsented = callerConsented;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallerContact() {
        return callerContact;
    }

    public void setCallerContact(String callerContact) {
        this.callerContact = callerContact;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
