package org.amparo.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A team of accounts that works the cases of the jurisdictions given to it (and the cases given to it by hand). See
 * {@link org.amparo.cases.domain.CaseScope} for who sees which case.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "username", length = 64)
    private Set<String> members = new TreeSet<>();

    protected Team() {
    }

    public Team(String name, Instant createdAt) {
        this.name = name.trim();
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name.trim();
    }

    /** Replaces the members with these usernames. */
    public void setMembers(Set<String> usernames) {
        members.clear();
        members.addAll(usernames);
    }

    public boolean addMember(String username) {
        return members.add(username);
    }

    public boolean removeMember(String username) {
        return members.remove(username);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getMembers() {
        return Collections.unmodifiableSet(members);
    }
}
