package org.amparo.cases.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.reference.domain.IceDocumentForm;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.amparo.rules.detainer.Interference;

/** An ICE request or document a jail received for the person of a case (detainer, warrant, NTA, ...). */
@Entity
@Table(name = "detainer")
@org.hibernate.envers.Audited
public class Detainer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detainer_seq")
    @SequenceGenerator(name = "detainer_seq", sequenceName = "detainer_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DetentionCase detentionCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_code")
    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    private IceDocumentForm form;

    /** Local to the facility, as written on the form. */
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    /** Null while nobody knows. */
    @Column(name = "served_on_person")
    private Boolean servedOnPerson;

    @Column(name = "honored")
    private Boolean honored;

    /** The jail told ICE of the release. */
    @Column(name = "notified_ice")
    private Boolean notifiedIce;

    @Column(name = "lifted", nullable = false)
    private boolean lifted;

    /** The ICE administrative warrant that came with the request (I-200, I-205, or known NONE); null when unknown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "accompanied_by", length = 10)
    private org.amparo.rules.detainer.AdministrativeWarrant accompaniedBy;

    /** How ICE interfered with the criminal case, as the caseworker recorded it. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "detainer_interference", joinColumns = @JoinColumn(name = "detainer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "interference", length = 40)
    private Set<Interference> interference = EnumSet.noneOf(Interference.class);

    protected Detainer() {
    }

    Detainer(DetentionCase detentionCase, IceDocumentForm form, LocalDateTime issuedAt, Boolean servedOnPerson) {
        if (form == null) {
            throw new DomainRuleViolation("formCode", "amparo.validation.required");
        }
        this.detentionCase = detentionCase;
        this.form = form;
        this.issuedAt = issuedAt;
        this.servedOnPerson = servedOnPerson;
    }

    public boolean isActiveHoldRequest() {
        return !lifted && form.isDetainer() && form.isAsksHold();
    }

    void lift() {
        this.lifted = true;
    }

    public Long getId() {
        return id;
    }

    public DetentionCase getDetentionCase() {
        return detentionCase;
    }

    public IceDocumentForm getForm() {
        return form;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public Boolean getServedOnPerson() {
        return servedOnPerson;
    }

    public Boolean getHonored() {
        return honored;
    }

    /** Records whether the person received a copy of the request (the form requires it). */
    public void recordService(Boolean servedOnPerson) {
        this.servedOnPerson = servedOnPerson;
        detentionCase.detainerAnswered();
    }

    /** Records what the jail says it did or will do with the request. */
    public void recordJailResponse(Boolean honored, Boolean notifiedIce) {
        this.honored = honored;
        this.notifiedIce = notifiedIce;
        detentionCase.detainerAnswered();
    }

    /** What a hold check learnt of the jail's answer: what it leaves unknown (null) keeps what the file holds. */
    public void learnJailResponse(Boolean honored, Boolean notifiedIce) {
        recordJailResponse(honored != null ? honored : this.honored, notifiedIce != null ? notifiedIce : this.notifiedIce);
    }

    /** Records the administrative warrant that came with the request (null: nobody knows). */
    public void recordAccompanyingWarrant(org.amparo.rules.detainer.AdministrativeWarrant warrant) {
        this.accompaniedBy = warrant;
        detentionCase.detainerAnswered();
    }

    public org.amparo.rules.detainer.AdministrativeWarrant getAccompaniedBy() {
        return accompaniedBy;
    }

    public void recordInterference(Set<Interference> observed) {
        interference.clear();
        interference.addAll(observed);
        detentionCase.detainerAnswered();
    }

    public Boolean getNotifiedIce() {
        return notifiedIce;
    }

    public Set<Interference> getInterference() {
        return Collections.unmodifiableSet(interference);
    }

    public boolean isLifted() {
        return lifted;
    }
}
