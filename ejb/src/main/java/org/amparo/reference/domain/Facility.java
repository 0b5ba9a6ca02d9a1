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

import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.PlausibleDates;

import java.time.ZoneId;

/**
 * A jail, prison or ICE detention centre. Its time zone matters: ICE holds are counted in the facility's
 * local time. Reference data.
 */
@Entity
@Table(name = "facility")
@org.hibernate.envers.Audited
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facility_seq")
    @SequenceGenerator(name = "facility_seq", sequenceName = "facility_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type", nullable = false, length = 20)
    private FacilityType type;

    @Column(name = "operator", length = 100)
    private String operator;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "state_code", length = 2)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)
    private String stateCode;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Column(name = "has_287g")
    private Boolean has287g;

    @Column(name = "model_287g", length = 40)
    private String model287g;

    @Column(name = "signed_287g")
    private java.time.LocalDate signed287g;

    @Column(name = "ended_287g")
    private java.time.LocalDate ended287g;

    @Column(name = "igsa")
    private Boolean igsa;

    @Column(name = "igsa_beds")
    private Integer igsaBeds;

    @Column(name = "igsa_rate_per_day", precision = 8, scale = 2)
    private java.math.BigDecimal igsaRatePerDay;

    @Column(name = "igsa_ends")
    private java.time.LocalDate igsaEnds;

    @Enumerated(EnumType.STRING)
    @Column(name = "igsa_term", length = 20)
    private IgsaTerm igsaTerm;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "zip", length = 10)
    private String zip;

    /** ICE's area of responsibility (field office), e.g. NOL. */
    @Column(name = "aor", length = 10)
    private String aor;

    /** ICE's detailed contract type: IGSA, DIGSA, USMS IGA, CDF, SPC, ... */
    @Column(name = "ice_type", length = 20)
    private String iceType;

    @Column(name = "guaranteed_minimum")
    private Integer guaranteedMinimum;

    @Column(name = "average_daily_population", precision = 10, scale = 2)
    private java.math.BigDecimal averageDailyPopulation;

    @Column(name = "ice_listed_since")
    private java.time.LocalDate iceListedSince;

    @Column(name = "ice_last_listed")
    private java.time.LocalDate iceLastListed;

    /** The first Detention Statistics without this facility (no detainees that year); null while ICE lists it. */
    @Column(name = "ice_ended_on")
    private java.time.LocalDate iceEndedOn;

    protected Facility() {
    }

    public Facility(String name, FacilityType type, String city, String stateCode, ZoneId timeZone,
                    Jurisdiction jurisdiction) {
        this.name = name;
        this.type = type;
        this.city = city;
        this.stateCode = stateCode;
        this.timeZone = timeZone.getId();
        this.jurisdiction = jurisdiction;
    }

    /**
     * The facility's 287(g) agreement with ICE (null: unknown); it cannot end before it was signed.
     *
     * @throws DomainRuleViolation on {@code signed287g} or {@code ended287g} outside the years 1900 to 2200, on
     *         {@code ended287g} before the signing
     */
    public void record287g(Boolean has287g, String model, java.time.LocalDate signed, java.time.LocalDate ended) {
        PlausibleDates.check("signed287g", signed);
        PlausibleDates.check("ended287g", ended);
        if (signed != null && ended != null && ended.isBefore(signed)) {
            throw new DomainRuleViolation("ended287g", "amparo.validation.beforeSigned");
        }
        this.has287g = has287g;
        this.model287g = model == null || model.isBlank() ? null : model.trim();
        this.signed287g = signed;
        this.ended287g = ended;
    }

    /**
     * The facility's IGSA contract to rent beds to ICE (null: unknown).
     *
     * @throws DomainRuleViolation on {@code igsaBeds} when none or fewer, on {@code igsaRatePerDay} when zero or less or
     *         more than the column holds, on {@code igsaEnds} outside the years 1900 to 2200
     */
    public void recordIgsa(Boolean igsa, Integer beds, java.math.BigDecimal ratePerDay, java.time.LocalDate ends, IgsaTerm term) {
        if (beds != null && beds <= 0) {
            throw new DomainRuleViolation("igsaBeds", "amparo.validation.positive");
        }
        if (ratePerDay != null && ratePerDay.signum() <= 0) {
            throw new DomainRuleViolation("igsaRatePerDay", "amparo.validation.positive");
        }
        PlausibleDates.check("igsaEnds", ends);
        java.math.BigDecimal rate = org.amparo.shared.domain.DollarAmounts.check("igsaRatePerDay", ratePerDay,
                org.amparo.shared.domain.DollarAmounts.PER_DAY_MAX);
        this.igsa = igsa;
        this.igsaBeds = beds;
        this.igsaRatePerDay = rate;
        this.igsaEnds = ends;
        this.igsaTerm = term;
    }

    /**
     * What the IGSA contract brings the facility in a year, estimated as the toolkit reads a contract: ICE pays a rate
     * per bed per day for the beds it rents, so beds x rate x 365 (whether or not they are filled). Null unless there
     * is a contract with both figures.
     */
    public java.math.BigDecimal igsaPerYear() {
        if (!Boolean.TRUE.equals(igsa) || igsaBeds == null || igsaRatePerDay == null) {
            return null;
        }
        return igsaRatePerDay.multiply(java.math.BigDecimal.valueOf(igsaBeds)).multiply(java.math.BigDecimal.valueOf(365))
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public void rename(String name, FacilityType type, String city, String stateCode, ZoneId timeZone, Jurisdiction jurisdiction) {
        this.name = name;
        this.type = type;
        this.city = city;
        this.stateCode = stateCode;
        this.timeZone = timeZone.getId();
        this.jurisdiction = jurisdiction;
    }

    /** ICE's detention-location code (DETLOC), as its facility listings give it. */
    @Column(name = "ice_detention_location", length = 20)
    private String iceDetentionLocation;

    /** The per-diem rate as ICE's facility listing words it ("$65.00", "$88.45 first 100 beds..."). */
    @Column(name = "ice_per_diem", length = 200)
    private String icePerDiem;

    /**
     * What one of ICE's facility files of the given day says of this facility. Returns true when anything changed. The
     * facility's own name, type and zone stay as the organisation keeps them; a fact the file has no column for is
     * left as it is.
     */
    public boolean listedByIce(IceListing listing, java.time.LocalDate asOf) {
        String newAddress = listing.has(IceListing.Fact.ADDRESS) ? listing.address() : address;
        String newZip = listing.has(IceListing.Fact.ZIP) ? listing.zip() : zip;
        String newAor = listing.has(IceListing.Fact.AOR) ? listing.aor() : aor;
        Integer newGuaranteed = listing.has(IceListing.Fact.GUARANTEED_MINIMUM) ? listing.guaranteedMinimum() : guaranteedMinimum;
        java.math.BigDecimal newAdp = listing.has(IceListing.Fact.AVERAGE_DAILY_POPULATION) ? listing.averageDailyPopulation() : averageDailyPopulation;
        String newDetloc = listing.has(IceListing.Fact.DETENTION_LOCATION) ? listing.detentionLocation() : iceDetentionLocation;
        String newPerDiem = listing.has(IceListing.Fact.PER_DIEM) ? listing.perDiem() : icePerDiem;
        String city = listing.city() == null || listing.city().isBlank() ? null : listing.city();
        boolean changed = !java.util.Objects.equals(this.address, newAddress) || !java.util.Objects.equals(this.zip, newZip)
                || !java.util.Objects.equals(this.aor, newAor) || !java.util.Objects.equals(this.iceType, listing.iceType())
                || !java.util.Objects.equals(guaranteedMinimum, newGuaranteed)
                || (newAdp == null ? averageDailyPopulation != null : averageDailyPopulation == null || newAdp.compareTo(averageDailyPopulation) != 0)
                || !java.util.Objects.equals(iceDetentionLocation, newDetloc) || !java.util.Objects.equals(icePerDiem, newPerDiem)
                || iceEndedOn != null || (city != null && !city.equals(this.city));
        this.address = newAddress;
        this.city = city != null ? city : this.city;
        this.zip = newZip;
        this.aor = newAor;
        this.iceType = listing.iceType();
        this.guaranteedMinimum = newGuaranteed;
        this.averageDailyPopulation = newAdp;
        this.iceDetentionLocation = newDetloc;
        this.icePerDiem = newPerDiem;
        this.iceEndedOn = null;
        if (iceListedSince == null || asOf.isBefore(iceListedSince)) {
            iceListedSince = asOf;
        }
        if (iceLastListed == null || asOf.isAfter(iceLastListed)) {
            iceLastListed = asOf;
        }
        return changed;
    }

    /** What ICE's Detention Statistics of the given day say of this facility (every fact of theirs). */
    public boolean listedByIce(String address, String city, String zip, String aor, String iceType, Integer guaranteed,
                               java.math.BigDecimal adp, java.time.LocalDate asOf) {
        return listedByIce(new IceListing(address, city, zip, aor, iceType, guaranteed, adp, null, null,
                java.util.EnumSet.of(IceListing.Fact.ADDRESS, IceListing.Fact.ZIP, IceListing.Fact.AOR,
                        IceListing.Fact.GUARANTEED_MINIMUM, IceListing.Fact.AVERAGE_DAILY_POPULATION)), asOf);
    }

    public void notListedByIce(java.time.LocalDate day) {
        if (iceEndedOn == null) {
            iceEndedOn = day;
        }
    }

    public String getAddress() { return address; }
    public String getZip() { return zip; }
    public String getAor() { return aor; }
    public String getIceType() { return iceType; }
    public Integer getGuaranteedMinimum() { return guaranteedMinimum; }
    public java.math.BigDecimal getAverageDailyPopulation() { return averageDailyPopulation; }
    public java.time.LocalDate getIceListedSince() { return iceListedSince; }
    public java.time.LocalDate getIceLastListed() { return iceLastListed; }
    public java.time.LocalDate getIceEndedOn() { return iceEndedOn; }
    public String getIceDetentionLocation() { return iceDetentionLocation; }
    public String getIcePerDiem() { return icePerDiem; }

    public Boolean getHas287g() {
        return has287g;
    }

    public String getModel287g() {
        return model287g;
    }

    public java.time.LocalDate getSigned287g() {
        return signed287g;
    }

    public java.time.LocalDate getEnded287g() {
        return ended287g;
    }

    public Boolean getIgsa() {
        return igsa;
    }

    public Integer getIgsaBeds() {
        return igsaBeds;
    }

    public java.math.BigDecimal getIgsaRatePerDay() {
        return igsaRatePerDay;
    }

    public java.time.LocalDate getIgsaEnds() {
        return igsaEnds;
    }

    public IgsaTerm getIgsaTerm() {
        return igsaTerm;
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public FacilityType getType() {
        return type;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getCity() {
        return city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }
}
