package org.amparo.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A law-enforcement agency's 287(g) agreement with ICE for one model, as ICE lists it. Kept when ICE stops listing it:
 * it is then ended on the date of the first list without it.
 */
@Entity
@Table(name = "agreement_287g")
public class Agreement287g {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_287g_seq")
    @SequenceGenerator(name = "agreement_287g_seq", sequenceName = "agreement_287g_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Column(name = "state_code", nullable = false, length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String stateCode;

    @Column(name = "agency", nullable = false, length = 200)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false, length = 20)
    private AgencyType agencyType;

    @Column(name = "county", length = 100)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_type", nullable = false, length = 30)
    private SupportType supportType;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "moa_url", length = 500)
    private String moaUrl;

    @Column(name = "addendum_url", length = 500)
    private String addendumUrl;

    @Column(name = "listed_since", nullable = false)
    private LocalDate listedSince;

    @Column(name = "last_listed", nullable = false)
    private LocalDate lastListed;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** On ICE's list of pending agreements only: not signed (yet). */
    @Column(name = "pending", nullable = false)
    private boolean pending;

    protected Agreement287g() {
    }

    public Agreement287g(Jurisdiction jurisdiction, String stateCode, String agency, SupportType supportType, LocalDate listedOn) {
        this.jurisdiction = jurisdiction;
        this.stateCode = stateCode;
        this.agency = agency;
        this.supportType = supportType;
        this.listedSince = listedOn;
        this.lastListed = listedOn;
    }

    /**
     * What a list of the given day says of this agreement. Returns true when anything changed; a listed agreement is
     * not ended any more.
     */
    public boolean listed(AgencyType type, String county, LocalDate signed, String moa, String addendum, LocalDate asOf) {
        boolean changed = agencyType != type || !Objects.equals(this.county, county) || !Objects.equals(signedOn, signed)
                || !Objects.equals(moaUrl, moa) || !Objects.equals(addendumUrl, addendum) || endedOn != null;
        this.agencyType = type;
        // The older layout has no COUNTY column: a missing county never erases a known one.
        this.county = county != null ? county : this.county;
        this.signedOn = signed;
        this.moaUrl = moa;
        this.addendumUrl = addendum;
        this.endedOn = null;
        this.pending = false;
        if (asOf.isAfter(lastListed)) {
            this.lastListed = asOf;
        }
        return changed;
    }

    /** A new agreement that ICE lists as pending: not signed, no MOA. */
    public static Agreement287g pending(Jurisdiction jurisdiction, String stateCode, String agency, SupportType supportType,
                                        AgencyType type, String county, LocalDate listedOn) {
        Agreement287g a = new Agreement287g(jurisdiction, stateCode, agency, supportType, listedOn);
        a.agencyType = type;
        a.county = county;
        a.pending = true;
        return a;
    }

    /**
     * What a list of pending agreements of the given day says of this agreement. A signed agreement is what ICE lists
     * as participating, and a pending list never changes it: returns false. A pending one is updated (true when
     * anything changed) and is not ended any more.
     */
    public boolean listedAsPending(AgencyType type, String county, LocalDate asOf) {
        if (!pending) {
            return false;
        }
        boolean changed = agencyType != type || (county != null && !Objects.equals(this.county, county)) || endedOn != null;
        this.agencyType = type;
        this.county = county != null ? county : this.county;
        this.endedOn = null;
        if (asOf.isAfter(lastListed)) {
            this.lastListed = asOf;
        }
        return changed;
    }

    public boolean isPending() {
        return pending;
    }

    /** ICE's list of that day no longer has it. */
    public void endOn(LocalDate day) {
        if (endedOn == null) {
            endedOn = day;
        }
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public Long getId() { return id; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getStateCode() { return stateCode; }
    public String getAgency() { return agency; }
    public AgencyType getAgencyType() { return agencyType; }
    public String getCounty() { return county; }
    public SupportType getSupportType() { return supportType; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getMoaUrl() { return moaUrl; }
    public String getAddendumUrl() { return addendumUrl; }
    public LocalDate getListedSince() { return listedSince; }
    public LocalDate getLastListed() { return lastListed; }
    public LocalDate getEndedOn() { return endedOn; }
}
