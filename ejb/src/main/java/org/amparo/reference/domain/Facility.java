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

import java.time.ZoneId;

/**
 * A jail, prison or ICE detention centre. Its time zone matters: ICE holds are counted in the facility's
 * local time. Reference data.
 */
@Entity
@Table(name = "facility")
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
    private String stateCode;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

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
