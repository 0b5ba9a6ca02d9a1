package org.amparo.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.reference.application.ReferenceAdministration;
import org.amparo.reference.application.ReferenceForms;
import org.amparo.reference.application.ReferenceForms.FacilityDetails;
import org.amparo.reference.application.ReferenceForms.JurisdictionDetails;
import org.amparo.reference.application.ReferenceForms.PolicyVersion;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IgsaTerm;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference-data page ({@code reference/index.xhtml}): jurisdictions with their detainer policy and its history,
 * facilities with their 287(g) agreement and IGSA contract. Everyone may look; only an admin creates and edits.
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceQueries queries;

    @Inject
    ReferenceAdministration administration;

    private List<JurisdictionDetails> jurisdictions;
    private List<FacilityDetails> facilities;
    private List<PolicyVersion> policyHistory = List.of();
    private Long jurisdictionId;
    private int jurisdictionVersion;
    private String jurisdictionName;
    private JurisdictionLevel level;
    private String jurisdictionState;
    private DetainerPolicy detainerPolicy;
    private String policyText;
    private LocalDate policyDate;
    private String policySource;
    private String fipsCode;
    private Double latitude;
    private Double longitude;
    private Long facilityId;
    private int facilityVersion;
    private String facilityName;
    private FacilityType type;
    private String operator;
    private String city;
    private String facilityState;
    private String timeZone;
    private Long facilityJurisdictionId;
    private Boolean has287g;
    private String model287g;
    private LocalDate signed287g;
    private LocalDate ended287g;
    private Boolean igsa;
    private Integer igsaBeds;
    private BigDecimal igsaRatePerDay;
    private LocalDate igsaEnds;
    private IgsaTerm igsaTerm;

    public void editJurisdiction(JurisdictionDetails j) {
        jurisdictionId = j == null ? null : j.id();
        jurisdictionVersion = j == null ? 0 : j.version();
        jurisdictionName = j == null ? null : j.name();
        level = j == null ? JurisdictionLevel.COUNTY : j.level();
        jurisdictionState = j == null ? null : j.stateCode();
        detainerPolicy = j == null ? DetainerPolicy.NONE : j.detainerPolicy();
        policyText = j == null ? null : j.policyText();
        policyDate = j == null ? null : j.policyDate();
        policySource = j == null ? null : j.policySource();
        fipsCode = j == null ? null : j.fipsCode();
        latitude = j == null ? null : j.latitude();
        longitude = j == null ? null : j.longitude();
        policyHistory = j == null ? List.of() : queries.policyHistory(j.id());
    }

    public void saveJurisdiction() {
        try {
            if (jurisdictionId == null) {
                jurisdictionId = administration.createJurisdiction(new ReferenceAdministration.NewJurisdiction(
                        jurisdictionName, level, jurisdictionState, detainerPolicy, fipsCode, latitude, longitude));
                jurisdictionVersion = 0;
            }
            administration.updateJurisdiction(jurisdictionId, new ReferenceForms.JurisdictionForm(jurisdictionVersion,
                    jurisdictionName, level, jurisdictionState, detainerPolicy, policyText, policyDate, policySource, fipsCode, latitude, longitude));
            jurisdictions = null;
            facilities = null;
            Messages.info("caseFile.saved");
            PrimeFaces.current().executeScript("PF('jurisdictionDialog').hide()");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("jurisdictionForm", invalid);
        } catch (EditConflictException conflict) {
            jurisdictionVersion = conflict.currentVersion();
            Messages.error("caseFile.notSaved");
        }
    }

    public void editFacility(FacilityDetails f) {
        facilityId = f == null ? null : f.id();
        facilityVersion = f == null ? 0 : f.version();
        facilityName = f == null ? null : f.name();
        type = f == null ? FacilityType.LOCAL_JAIL : f.type();
        operator = f == null ? null : f.operator();
        city = f == null ? null : f.city();
        facilityState = f == null ? null : f.stateCode();
        timeZone = f == null ? "America/Los_Angeles" : f.timeZone();
        facilityJurisdictionId = f == null ? null : f.jurisdictionId();
        has287g = f == null ? null : f.has287g();
        model287g = f == null ? null : f.model287g();
        signed287g = f == null ? null : f.signed287g();
        ended287g = f == null ? null : f.ended287g();
        igsa = f == null ? null : f.igsa();
        igsaBeds = f == null ? null : f.igsaBeds();
        igsaRatePerDay = f == null ? null : f.igsaRatePerDay();
        igsaEnds = f == null ? null : f.igsaEnds();
        igsaTerm = f == null ? null : f.igsaTerm();
    }

    public void saveFacility() {
        try {
            if (facilityId == null) {
                facilityId = administration.createFacility(new ReferenceAdministration.NewFacility(facilityName, type, city,
                        facilityState, timeZone, facilityJurisdictionId));
                facilityVersion = 0;
            }
            administration.updateFacility(facilityId, new ReferenceForms.FacilityForm(facilityVersion, facilityName, type,
                    operator, city, facilityState, timeZone, facilityJurisdictionId, has287g, model287g, signed287g,
                    ended287g, igsa, igsaBeds, igsaRatePerDay, igsaEnds, igsaTerm));
            facilities = null;
            Messages.info("caseFile.saved");
            PrimeFaces.current().executeScript("PF('facilityDialog').hide()");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("facilityForm", invalid);
        } catch (EditConflictException conflict) {
            facilityVersion = conflict.currentVersion();
            Messages.error("caseFile.notSaved");
        }
    }

    @Inject
    org.amparo.reference.application.ReferenceExport export;

    /** A reference list as a workbook, in the page's language. */
    public org.primefaces.model.StreamedContent exportXlsx(String list) {
        return org.amparo.web.Downloads.xlsx(list.toLowerCase() + ".xlsx", out -> export.export(
                org.amparo.reference.application.ReferenceExport.ReferenceList.valueOf(list),
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), out));
    }

    public List<JurisdictionDetails> getJurisdictions() {
        if (jurisdictions == null) {
            jurisdictions = queries.jurisdictionDetails();
        }
        return jurisdictions;
    }

    public List<FacilityDetails> getFacilities() {
        if (facilities == null) {
            facilities = queries.facilityDetails();
        }
        return facilities;
    }

    public List<PolicyVersion> getPolicyHistory() { return policyHistory; }
    public JurisdictionLevel[] getLevels() { return JurisdictionLevel.values(); }
    public DetainerPolicy[] getPolicies() { return DetainerPolicy.values(); }
    public FacilityType[] getTypes() { return FacilityType.values(); }
    public IgsaTerm[] getIgsaTerms() { return IgsaTerm.values(); }

    public Long getJurisdictionId() { return jurisdictionId; }
    public void setJurisdictionId(Long v) { jurisdictionId = v; }
    public int getJurisdictionVersion() { return jurisdictionVersion; }
    public void setJurisdictionVersion(int v) { jurisdictionVersion = v; }
    public String getJurisdictionName() { return jurisdictionName; }
    public void setJurisdictionName(String v) { jurisdictionName = v; }
    public JurisdictionLevel getLevel() { return level; }
    public void setLevel(JurisdictionLevel v) { level = v; }
    public String getJurisdictionState() { return jurisdictionState; }
    public void setJurisdictionState(String v) { jurisdictionState = v; }
    public DetainerPolicy getDetainerPolicy() { return detainerPolicy; }
    public void setDetainerPolicy(DetainerPolicy v) { detainerPolicy = v; }
    public String getPolicyText() { return policyText; }
    public void setPolicyText(String v) { policyText = v; }
    public LocalDate getPolicyDate() { return policyDate; }
    public void setPolicyDate(LocalDate v) { policyDate = v; }
    public String getPolicySource() { return policySource; }
    public void setPolicySource(String v) { policySource = v; }
    public String getFipsCode() { return fipsCode; }
    public void setFipsCode(String v) { fipsCode = v; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double v) { latitude = v; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double v) { longitude = v; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public int getFacilityVersion() { return facilityVersion; }
    public void setFacilityVersion(int v) { facilityVersion = v; }
    public String getFacilityName() { return facilityName; }
    public void setFacilityName(String v) { facilityName = v; }
    public FacilityType getType() { return type; }
    public void setType(FacilityType v) { type = v; }
    public String getOperator() { return operator; }
    public void setOperator(String v) { operator = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getFacilityState() { return facilityState; }
    public void setFacilityState(String v) { facilityState = v; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String v) { timeZone = v; }
    public Long getFacilityJurisdictionId() { return facilityJurisdictionId; }
    public void setFacilityJurisdictionId(Long v) { facilityJurisdictionId = v; }
    public Boolean getHas287g() { return has287g; }
    public void setHas287g(Boolean v) { has287g = v; }
    public String getModel287g() { return model287g; }
    public void setModel287g(String v) { model287g = v; }
    public LocalDate getSigned287g() { return signed287g; }
    public void setSigned287g(LocalDate v) { signed287g = v; }
    public LocalDate getEnded287g() { return ended287g; }
    public void setEnded287g(LocalDate v) { ended287g = v; }
    public Boolean getIgsa() { return igsa; }
    public void setIgsa(Boolean v) { igsa = v; }
    public Integer getIgsaBeds() { return igsaBeds; }
    public void setIgsaBeds(Integer v) { igsaBeds = v; }
    public BigDecimal getIgsaRatePerDay() { return igsaRatePerDay; }
    public void setIgsaRatePerDay(BigDecimal v) { igsaRatePerDay = v; }
    public LocalDate getIgsaEnds() { return igsaEnds; }
    public void setIgsaEnds(LocalDate v) { igsaEnds = v; }
    public IgsaTerm getIgsaTerm() { return igsaTerm; }
    public void setIgsaTerm(IgsaTerm v) { igsaTerm = v; }
}
