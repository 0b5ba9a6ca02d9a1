package org.amparo.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.PlausibleDates;

/** A state, county or city whose authorities run jails and set a detainer policy. Reference data. */
@Entity
@Table(name = "jurisdiction")
@org.hibernate.envers.Audited
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jurisdiction_seq")
    @SequenceGenerator(name = "jurisdiction_seq", sequenceName = "jurisdiction_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "name", nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction_level", nullable = false, length = 10)
    private JurisdictionLevel level;

    @Column(name = "state_code", nullable = false, length = 2)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)
    private String stateCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "detainer_policy", nullable = false, length = 40)
    private DetainerPolicy detainerPolicy = DetainerPolicy.NONE;

    @Column(name = "policy_text", length = 4000)
    private String policyText;

    @Column(name = "policy_date")
    private java.time.LocalDate policyDate;

    @Column(name = "policy_source", length = 300)
    private String policySource;

    /** The Census FIPS code that ties the jurisdiction to the map's boundary files (null: not on the map). */
    @Column(name = "fips_code", length = 7)
    private String fipsCode;

    /** A city's place centroid, where the map puts its marker (the boundary files have no city shapes). */
    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    /** The team that works the cases of this jurisdiction's facilities (null: none, only supervisors and admins). */
    @Column(name = "team_id")
    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Long teamId;

    protected Jurisdiction() {
    }

    public Long getTeamId() {
        return teamId;
    }

    /** Gives the jurisdiction's cases to a team (null: to none). */
    public void giveToTeam(Long teamId) {
        this.teamId = teamId;
    }

    public Jurisdiction(String name, JurisdictionLevel level, String stateCode, DetainerPolicy detainerPolicy) {
        this.name = name;
        this.level = level;
        this.stateCode = stateCode;
        this.detainerPolicy = detainerPolicy;
    }

    /**
     * Records a change of detainer policy with its text, date and source. Earlier policies stay in the
     * jurisdiction's history (Envers), so a finding can be traced to the policy of its day.
     *
     * @throws DomainRuleViolation on {@code detainerPolicy} when none is given (NONE when there is none), on
     *         {@code policyDate} outside the years 1900 to 2200
     */
    public void adoptPolicy(DetainerPolicy policy, String text, java.time.LocalDate adoptedOn, String source) {
        if (policy == null) {
            throw new DomainRuleViolation("detainerPolicy", "amparo.validation.required");
        }
        PlausibleDates.check("policyDate", adoptedOn);
        this.detainerPolicy = policy;
        this.policyText = text == null || text.isBlank() ? null : text.strip();
        this.policyDate = adoptedOn;
        this.policySource = source == null || source.isBlank() ? null : source.trim();
    }

    public void rename(String name, JurisdictionLevel level, String stateCode) {
        this.name = name;
        this.level = level;
        this.stateCode = stateCode;
    }

    /** This jurisdiction's detainer policy as a layer of the rules, counting from the day it was adopted. */
    public org.amparo.rules.detainer.PolicyLayer policyLayer() {
        return new org.amparo.rules.detainer.PolicyLayer(level, detainerPolicy, policyDate);
    }

    /**
     * Places the jurisdiction on the map: its FIPS code (checked against its level and state, see {@link FipsCode}) and,
     * for a city, the point of its marker. Both or neither of latitude and longitude.
     *
     * @throws DomainRuleViolation on {@code fipsCode} when it does not fit the level and state, on the missing one of
     *         {@code latitude} and {@code longitude}, on either when it is out of its range
     */
    public void locate(String fipsCode, Double latitude, Double longitude) {
        String code;
        try {
            code = FipsCode.check(fipsCode, level, stateCode);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("fipsCode", "amparo.validation.fipsCode");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new DomainRuleViolation(latitude == null ? "latitude" : "longitude", "amparo.validation.bothCoordinates");
        }
        if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
            throw new DomainRuleViolation("latitude", "amparo.validation.latitude");
        }
        if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
            throw new DomainRuleViolation("longitude", "amparo.validation.longitude");
        }
        this.fipsCode = code;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getFipsCode() {
        return fipsCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getPolicyText() {
        return policyText;
    }

    public java.time.LocalDate getPolicyDate() {
        return policyDate;
    }

    public String getPolicySource() {
        return policySource;
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

    public JurisdictionLevel getLevel() {
        return level;
    }

    public String getStateCode() {
        return stateCode;
    }

    public DetainerPolicy getDetainerPolicy() {
        return detainerPolicy;
    }
}
