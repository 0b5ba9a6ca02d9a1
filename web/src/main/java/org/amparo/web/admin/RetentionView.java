package org.amparo.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.audit.application.AuditEntry;
import org.amparo.audit.application.AuditTrail;
import org.amparo.protection.application.Retention;

import java.io.Serializable;
import java.util.List;

/** The retention page (admin): the period, what is due now, a run on demand, and the runs so far. */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    @EJB
    Retention retention;

    @EJB
    AuditTrail trail;

    private Retention.Status status;
    private Retention.Run lastRun;
    private List<AuditEntry> runs;

    public Retention.Status getStatus() {
        if (status == null) {
            status = retention.status();
        }
        return status;
    }

    public void runNow() {
        lastRun = retention.runNow(null, null);
        status = null;
        runs = null;
    }

    public Retention.Run getLastRun() {
        return lastRun;
    }

    /** The runs so far, from the audit trail (each run is one record with its counts). */
    public List<AuditEntry> getRuns() {
        if (runs == null) {
            runs = trail.latest("retention.run", 20);
        }
        return runs;
    }
}
