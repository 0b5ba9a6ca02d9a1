package org.amparo.monitoring.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One checklist item in one jurisdiction: observed, not observed or unknown, since when, on what source, and its
 * evidence. Every change of state is a revision in its history ({@code checklist_entry_aud}); the evidence it had then
 * is in the audit log's record of the change.
 * <p>
 * Evidence from case findings and verified hotline reports is the system's ({@link #follow}): while a case or a
 * verified report shows the practice the item is observed, and a person cannot mark it otherwise; when none shows it
 * any more, an item the system had marked goes back to unknown, and one a person marked keeps their word.
 */
@Entity
@Table(name = "checklist_entry")
@Audited
public class ChecklistEntry {

    /** Who {@link #getSetBy()} is when the system changed the item. */
    public static final String SYSTEM = "system";
    public static final int MAX_SOURCE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_entry_seq")
    @SequenceGenerator(name = "checklist_entry_seq", sequenceName = "checklist_entry_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Column(name = "item_key", nullable = false, length = 80)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ChecklistState state = ChecklistState.UNKNOWN;

    @Column(name = "observed_on")
    private LocalDate observedOn;

    @Column(name = "source", length = MAX_SOURCE)
    private String source;

    @Column(name = "by_system", nullable = false)
    private boolean bySystem;

    @Column(name = "set_by", length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checklist_evidence", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<Evidence> evidence = new HashSet<>();

    protected ChecklistEntry() {
    }

    /** An item nobody has said anything about yet in the jurisdiction. */
    public ChecklistEntry(long jurisdictionId, String itemKey, Instant now) {
        this.jurisdictionId = jurisdictionId;
        this.itemKey = itemKey;
        this.setAt = now;
        this.bySystem = true;
        this.setBy = SYSTEM;
    }

    /**
     * A person's word on the item: its state, the day it was seen (or checked), the source, and cases to add as evidence.
     *
     * @throws DomainRuleViolation on {@code state} when cases show the practice and the state is not "observed"
     */
    public void set(ChecklistState newState, LocalDate day, String newSource, Collection<Long> caseIds, String by, Instant now) {
        set(newState, day, newSource, caseIds, java.util.List.of(), by, now);
    }

    /**
     * As {@link #set(ChecklistState, LocalDate, String, Collection, String, Instant)}, with answers given at meetings with
     * law enforcement added as evidence too (what the sheriff said in the room is evidence of the practice).
     */
    public void set(ChecklistState newState, LocalDate day, String newSource, Collection<Long> caseIds,
                    Collection<Long> answerIds, String by, Instant now) {
        set(newState, day, newSource, caseIds, answerIds, java.util.List.of(), by, now);
    }

    /**
     * As {@link #set(ChecklistState, LocalDate, String, Collection, Collection, String, Instant)}, with documents of cases
     * added as evidence too.
     */
    public void set(ChecklistState newState, LocalDate day, String newSource, Collection<Long> caseIds,
                    Collection<Long> answerIds, Collection<Long> documentIds, String by, Instant now) {
        if (newState != ChecklistState.OBSERVED && evidence.stream().anyMatch(Evidence::derived)) {
            throw new DomainRuleViolation("state", "amparo.validation.checklistShownByCases");
        }
        this.state = newState;
        this.observedOn = day;
        this.source = newSource == null || newSource.isBlank() ? null : newSource.strip();
        caseIds.forEach(id -> evidence.add(Evidence.givenCase(id)));
        answerIds.forEach(id -> evidence.add(Evidence.givenAnswer(id)));
        documentIds.forEach(id -> evidence.add(Evidence.givenDocument(id)));
        this.bySystem = false;
        this.setBy = by;
        this.setAt = now;
    }

    /**
     * A person attaches a document of a case as evidence of the practice: it is added to the item's evidence, and the
     * item is observed from now on (on {@code day}, when it was not observed before; an observed item keeps its day and
     * source). Attaching a document already attached changes nothing.
     *
     * @return whether anything changed
     */
    public boolean attachDocument(long documentId, LocalDate day, String by, Instant now) {
        boolean added = evidence.add(Evidence.givenDocument(documentId));
        if (!added) {
            return false;
        }
        if (state != ChecklistState.OBSERVED) {
            this.state = ChecklistState.OBSERVED;
            this.observedOn = day;
        }
        this.bySystem = false;
        this.setBy = by;
        this.setAt = now;
        return true;
    }

    /**
     * Keeps the system's evidence to the cases whose findings show the item now and the verified hotline reports that
     * name the practice.
     *
     * @return whether the state or the evidence changed
     */
    public boolean follow(Set<Long> caseIds, Set<Long> reportIds, LocalDate today, Instant now) {
        Set<Evidence> derived = caseIds.stream().map(Evidence::derivedCase).collect(Collectors.toSet());
        reportIds.forEach(id -> derived.add(Evidence.derivedReport(id)));
        Set<Evidence> before = evidence.stream().filter(Evidence::derived).collect(Collectors.toSet());
        boolean changed = !before.equals(derived);
        if (changed) {
            evidence.removeAll(before);
            evidence.addAll(derived);
        }
        if (!derived.isEmpty() && state != ChecklistState.OBSERVED) {
            markBySystem(ChecklistState.OBSERVED, today, now);
            return true;
        }
        if (derived.isEmpty() && bySystem && state == ChecklistState.OBSERVED) {
            markBySystem(ChecklistState.UNKNOWN, null, now);
            return true;
        }
        return changed;
    }

    private void markBySystem(ChecklistState newState, LocalDate day, Instant now) {
        this.state = newState;
        this.observedOn = day;
        this.source = null;
        this.bySystem = true;
        this.setBy = SYSTEM;
        this.setAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ChecklistState getState() {
        return state;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getSource() {
        return source;
    }

    /** Whether the system set the state last (from case findings), not a person. */
    public boolean isBySystem() {
        return bySystem;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    /** The evidence, cases first, each kind by id. */
    public List<Evidence> getEvidence() {
        return evidence.stream().sorted(java.util.Comparator.comparing(Evidence::kind).thenComparing(Evidence::refId)
                .thenComparing(Evidence::derived)).toList();
    }
}
