package org.amparo.people.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One word of a person's names, as search reads it: a read-only view of the name index that {@code Person} keeps in
 * step (its {@code nameTokens}). Queries select the person's id straight from the index, without joining the person.
 */
@Entity
@Table(name = "person_name_token")
@IdClass(NameToken.Key.class)
@org.hibernate.annotations.Immutable
public class NameToken {

    @Id
    @Column(name = "token", nullable = false, length = 60)
    private String token;

    @Id
    @Column(name = "person_id", nullable = false)
    private Long personId;

    protected NameToken() {
    }

    public String token() {
        return token;
    }

    public Long personId() {
        return personId;
    }

    public static class Key implements Serializable {
        private String token;
        private Long personId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(token, k.token) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, personId);
        }
    }
}
