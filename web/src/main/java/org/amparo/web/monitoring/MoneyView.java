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
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.web.Messages;
import org.amparo.web.SectionChange;
import org.amparo.web.VersionedSave;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * "Follow the money" on a jurisdiction's page: per year and facility (or the jails together), what collaboration with
 * ICE brought in against what it cost and the jail's budget; the IGSA contracts' estimate; and a form to record a
 * year (everyone but staff). The jurisdiction is the page's ({@link JurisdictionView}); the spreadsheet import is
 * {@link MoneyImportView}'s.
 */
@Named
@ViewScoped
public class MoneyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("fiscalYear", "moneyYear"),
            Map.entry("facilityId", "moneyFacility"), Map.entry("scaapReceived", "moneyScaap"),
            Map.entry("jailBudget", "moneyBudget"), Map.entry("igsaBeds", "moneyBeds"), Map.entry("igsaRate", "moneyRate"),
            Map.entry("igsaRevenue", "moneyRevenue"), Map.entry("costPerBedDay", "moneyBedCost"),
            Map.entry("iceBedDays", "moneyBedDays"), Map.entry("otherCosts", "moneyOtherCosts"),
            Map.entry("source", "moneySource"), Map.entry("notes", "moneyNotes"), Map.entry("version", "moneyYear"));

    /** The words of each field the form shows, by the field a change names (its input's label): for others' changes. */
    private static final Map<String, String> LABELS = INPUTS.entrySet().stream()
            .filter(e -> !"version".equals(e.getKey()))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> "field." + e.getValue()));

    @EJB
    FollowTheMoney service;

    @Inject
    JurisdictionView jurisdiction;

    private MoneyPicture picture;
    /** The year being edited as this form read it, to tell what the user changed from what someone else changed since. */
    private MoneyPicture.Year read;
    /** What someone else changed in the year being edited, after a save was refused for it; empty otherwise. */
    private List<FieldChange> conflict = List.of();

    private Integer year;
    private Long facilityId;
    private Integer version;
    private BigDecimal scaapReceived;
    private BigDecimal jailBudget;
    private Integer igsaBeds;
    private BigDecimal igsaRate;
    private BigDecimal igsaRevenue;
    private BigDecimal costPerBedDay;
    private Integer iceBedDays;
    private BigDecimal otherCosts;
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
        read = y;
        conflict = List.of();
        year = y.fiscalYear();
        facilityId = y.facilityId();
        version = y.version();
        scaapReceived = y.scaapReceived();
        jailBudget = y.jailBudget();
        igsaBeds = y.igsaBeds();
        igsaRate = y.igsaRate();
        igsaRevenue = y.igsaRevenue();
        costPerBedDay = y.costPerBedDay();
        iceBedDays = y.iceBedDays();
        otherCosts = y.otherCosts();
        source = y.source();
        notes = y.notes();
    }

    /**
     * Records the year in the form, or saves the one being edited from the version read. When someone else saved that
     * year first, nothing is saved: the form shows what they changed, keeps what this user changed and takes their
     * figures in the fields this user left alone, so that saving again overwrites only this user's changes.
     */
    public void save() {
        if (year == null) {
            Messages.fieldErrors("moneyForm", InvalidInputException.of("moneyYear", Messages.text("money.yearRequired")));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        int saving = year;
        VersionedSave.Outcome outcome;
        try {
            outcome = VersionedSave.attempt("moneyForm", () -> {
                try {
                    service.record(jurisdiction.getPage().id(), facilityId, saving, new MoneyForm(version, scaapReceived, jailBudget,
                            igsaBeds, igsaRate, igsaRevenue, costPerBedDay, iceBedDays, otherCosts, source, notes));
                } catch (InvalidInputException invalid) {
                    throw SectionChange.onInputs(invalid, INPUTS);
                }
            });
        } catch (NotFoundException removed) {
            Messages.error("money.changedWhileEditing");
            FacesContext.getCurrentInstance().validationFailed();
            picture = null;
            clear();
            return;
        }
        picture = null;
        conflict = VersionedSave.shown(outcome.conflict(), LABELS.keySet());
        if (outcome.currentVersion() != null) {
            version = outcome.currentVersion();
            mergeAfterConflict();
        }
        if (outcome.saved()) {
            clear();
        }
    }

    /**
     * After someone else saved the year first: the fields this user changed keep their input, the others take the
     * figures now on file, and the next save starts from that version ({@link VersionedSave#mine}).
     */
    private void mergeAfterConflict() {
        MoneyPicture.Year now = getPicture().years().stream()
                .filter(y -> y.fiscalYear() == year && java.util.Objects.equals(y.facilityId(), facilityId))
                .findFirst().orElse(null);
        if (now == null || read == null) {
            return;
        }
        scaapReceived = VersionedSave.mine(scaapReceived, read.scaapReceived(), now.scaapReceived());
        jailBudget = VersionedSave.mine(jailBudget, read.jailBudget(), now.jailBudget());
        igsaBeds = VersionedSave.mine(igsaBeds, read.igsaBeds(), now.igsaBeds());
        igsaRate = VersionedSave.mine(igsaRate, read.igsaRate(), now.igsaRate());
        igsaRevenue = VersionedSave.mine(igsaRevenue, read.igsaRevenue(), now.igsaRevenue());
        costPerBedDay = VersionedSave.mine(costPerBedDay, read.costPerBedDay(), now.costPerBedDay());
        iceBedDays = VersionedSave.mine(iceBedDays, read.iceBedDays(), now.iceBedDays());
        otherCosts = VersionedSave.mine(otherCosts, read.otherCosts(), now.otherCosts());
        source = VersionedSave.mine(source, read.source(), now.source());
        notes = VersionedSave.mine(notes, read.notes(), now.notes());
        read = now;
        version = now.version();
    }

    /** Leaves the year being edited as it is. */
    public void cancel() {
        clear();
    }

    /** Removes a year; the form keeps what is typed unless it was that year's. */
    public void remove(MoneyPicture.Year y) {
        boolean removed = attempt(() -> service.remove(jurisdiction.getPage().id(), y.facilityId(), y.fiscalYear(), y.version()));
        if (removed && year != null && year == y.fiscalYear() && java.util.Objects.equals(facilityId, y.facilityId())) {
            clear();
        }
    }

    /** After an import: the figures are read again. */
    void reread() {
        picture = null;
    }

    private void clear() {
        read = null;
        conflict = List.of();
        year = null;
        facilityId = null;
        version = null;
        scaapReceived = null;
        jailBudget = null;
        igsaBeds = null;
        igsaRate = null;
        igsaRevenue = null;
        costPerBedDay = null;
        iceBedDays = null;
        otherCosts = null;
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

    /** What someone else changed in the year being edited, shown after a save was refused for it. */
    public List<FieldChange> getConflict() { return conflict; }
    /** The form's words for each field a change names. */
    public Map<String, String> getLabels() { return LABELS; }
    /** The facility of the year being edited, by name; null for the jails together or when adding a year. */
    public String getFacilityName() { return read == null ? null : read.facility(); }
    /** The version of the year being edited; null when adding one. */
    public Integer getVersion() { return version; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getScaapReceived() { return scaapReceived; }
    public void setScaapReceived(BigDecimal scaapReceived) { this.scaapReceived = scaapReceived; }
    public BigDecimal getJailBudget() { return jailBudget; }
    public void setJailBudget(BigDecimal jailBudget) { this.jailBudget = jailBudget; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public Integer getIgsaBeds() { return igsaBeds; }
    public void setIgsaBeds(Integer igsaBeds) { this.igsaBeds = igsaBeds; }
    public BigDecimal getIgsaRate() { return igsaRate; }
    public void setIgsaRate(BigDecimal igsaRate) { this.igsaRate = igsaRate; }
    public BigDecimal getIgsaRevenue() { return igsaRevenue; }
    public void setIgsaRevenue(BigDecimal igsaRevenue) { this.igsaRevenue = igsaRevenue; }
    public BigDecimal getCostPerBedDay() { return costPerBedDay; }
    public void setCostPerBedDay(BigDecimal costPerBedDay) { this.costPerBedDay = costPerBedDay; }
    public Integer getIceBedDays() { return iceBedDays; }
    public void setIceBedDays(Integer iceBedDays) { this.iceBedDays = iceBedDays; }
    public BigDecimal getOtherCosts() { return otherCosts; }
    public void setOtherCosts(BigDecimal otherCosts) { this.otherCosts = otherCosts; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
