package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.monitoring.application.FollowTheMoney;
import org.amparo.monitoring.application.MoneyForm;
import org.amparo.monitoring.application.MoneyPicture;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.SectionChange;
import org.amparo.web.VersionedSave;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * "Follow the money" on a jurisdiction's page: the jail's SCAAP money against its budget per year, the IGSA contracts'
 * estimate, and a form to record a year (everyone but staff). The jurisdiction is the page's ({@link JurisdictionView}).
 */
@Named
@ViewScoped
public class MoneyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("fiscalYear", "moneyYear", "scaapReceived", "moneyScaap",
            "jailBudget", "moneyBudget", "source", "moneySource", "notes", "moneyNotes", "version", "moneyYear");

    @EJB
    FollowTheMoney service;

    @Inject
    JurisdictionView jurisdiction;

    private MoneyPicture picture;

    private Integer year;
    private Integer version;
    private BigDecimal scaapReceived;
    private BigDecimal jailBudget;
    private String source;
    private String notes;

    /** The jurisdiction's money, read once per view (and again after each change); null without a jurisdiction. */
    public MoneyPicture getPicture() {
        if (picture == null && jurisdiction.getPage() != null) {
            picture = service.of(jurisdiction.getPage().id());
        }
        return picture;
    }

    /** Puts a recorded year in the form, to change it from the version read. */
    public void edit(MoneyPicture.Year y) {
        year = y.fiscalYear();
        version = y.version();
        scaapReceived = y.scaapReceived();
        jailBudget = y.jailBudget();
        source = y.source();
        notes = y.notes();
    }

    /**
     * Records the year in the form, or saves the one being edited from the version read; a conflict says someone else
     * changed it meanwhile, and saving again applies this input over theirs.
     */
    public void save() {
        if (year == null) {
            Messages.fieldErrors("moneyForm", InvalidInputException.of("moneyYear", Messages.text("money.yearRequired")));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        int saving = year;
        VersionedSave.Outcome outcome = VersionedSave.attempt("moneyForm", () -> {
            try {
                service.record(jurisdiction.getPage().id(), saving, new MoneyForm(version, scaapReceived, jailBudget, source, notes));
            } catch (InvalidInputException invalid) {
                throw SectionChange.onInputs(invalid, INPUTS);
            }
        });
        picture = null;
        if (outcome.currentVersion() != null) {
            version = outcome.currentVersion();
        }
        if (outcome.saved()) {
            clear();
        }
    }

    /** Leaves the year being edited as it is. */
    public void cancel() {
        clear();
    }

    /** Removes a year; the form keeps what is typed unless it was that year's. */
    public void remove(MoneyPicture.Year y) {
        boolean removed = attempt(() -> service.remove(jurisdiction.getPage().id(), y.fiscalYear(), y.version()));
        if (removed && year != null && year == y.fiscalYear()) {
            clear();
        }
    }

    private void clear() {
        year = null;
        version = null;
        scaapReceived = null;
        jailBudget = null;
        source = null;
        notes = null;
    }

    private boolean attempt(Runnable change) {
        return SectionChange.attempt("moneyForm", INPUTS, "moneyYear", () -> picture = null, change);
    }

    /** Everyone but staff records the figures. */
    public boolean isMayChange() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.CASEWORKER) || external.isUserInRole(Roles.ATTORNEY)
                || external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    /** The version of the year being edited; null when adding one. */
    public Integer getVersion() { return version; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getScaapReceived() { return scaapReceived; }
    public void setScaapReceived(BigDecimal scaapReceived) { this.scaapReceived = scaapReceived; }
    public BigDecimal getJailBudget() { return jailBudget; }
    public void setJailBudget(BigDecimal jailBudget) { this.jailBudget = jailBudget; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
