package org.amparo.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.Team;
import org.amparo.security.domain.Teams;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaTeams implements Teams {

    @PersistenceContext
    EntityManager em;

    public JpaTeams() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaTeams(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public Optional<Team> named(String name) {
        return em.createQuery("select t from Team t where lower(t.name) = :name", Team.class)
                .setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<Team> all() {
        return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
    }

    @Override
    public void add(Team team) {
        em.persist(team);
    }

    @Override
    public Set<Long> ofMember(String username) {
        return new HashSet<>(em.createQuery("select t.id from Team t join t.members m where m = :username", Long.class)
                .setParameter("username", username).getResultList());
    }
}
