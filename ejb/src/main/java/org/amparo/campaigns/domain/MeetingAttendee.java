package org.amparo.campaigns.domain;

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
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

/**
 * Someone at a meeting, in a role. Attendees may include undocumented community members, so their names stay in the
 * campaign: no letter, report or audit record carries them.
 */
@Entity
@Table(name = "meeting_attendee")
@Audited
public class MeetingAttendee {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_attendee_seq")
    @SequenceGenerator(name = "meeting_attendee_seq", sequenceName = "meeting_attendee_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "organisation", length = NAME_MAX)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private MeetingRole role;

    protected MeetingAttendee() {
    }

    MeetingAttendee(Meeting meeting, String name, String organisation, MeetingRole role) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainRuleViolation("name", "amparo.validation.required");
        }
        if (n.length() > NAME_MAX) {
            throw new DomainRuleViolation("name", "amparo.validation.atMost", NAME_MAX);
        }
        String o = organisation == null ? "" : organisation.strip();
        if (o.length() > NAME_MAX) {
            throw new DomainRuleViolation("organisation", "amparo.validation.atMost", NAME_MAX);
        }
        if (role == null) {
            throw new DomainRuleViolation("role", "amparo.validation.required");
        }
        this.meeting = meeting;
        this.name = n;
        this.organisation = o.isEmpty() ? null : o;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public MeetingRole getRole() {
        return role;
    }
}
