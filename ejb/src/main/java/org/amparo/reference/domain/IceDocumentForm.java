package org.amparo.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of ICE document (I-247D, I-247A, I-200, ...), kept as reference data rather than code:
 * DHS renames and splits its forms, and a new one must need no release of Amparo.
 */
@Entity
@Table(name = "ice_document_form")
public class IceDocumentForm {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "label", nullable = false, length = 120)
    private String label;

    /** A detainer asks the jail for something; an arrest warrant or NTA is no lawful basis to hold anyone. */
    @Column(name = "is_detainer", nullable = false)
    private boolean detainer;

    @Column(name = "asks_hold", nullable = false)
    private boolean asksHold;

    @Column(name = "asks_notification", nullable = false)
    private boolean asksNotification;

    /** The legacy I-247 counted its 48 hours on business days only. */
    @Column(name = "hold_counts_business_hours", nullable = false)
    private boolean holdCountsBusinessHours;

    /** How many hours past the scheduled release the hold may last (0 when the form asks no hold). */
    @Column(name = "hold_hours", nullable = false)
    private int holdHours;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected IceDocumentForm() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isDetainer() {
        return detainer;
    }

    public boolean isAsksHold() {
        return asksHold;
    }

    public boolean isAsksNotification() {
        return asksNotification;
    }

    public boolean isHoldCountsBusinessHours() {
        return holdCountsBusinessHours;
    }

    public int getHoldHours() {
        return holdHours;
    }

    public boolean isActive() {
        return active;
    }
}
