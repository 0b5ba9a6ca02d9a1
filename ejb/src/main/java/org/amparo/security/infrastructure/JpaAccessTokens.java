package org.amparo.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.AccessToken;
import org.amparo.security.domain.AccessTokens;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessTokens implements AccessTokens {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AccessToken> find(long id) {
        return Optional.ofNullable(em.find(AccessToken.class, id));
    }

    @Override
    public Optional<AccessToken> findByHash(String tokenHash) {
        return em.createQuery("select t from AccessToken t where t.tokenHash = :hash", AccessToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void add(AccessToken token) {
        em.persist(token);
    }

    @Override
    public void recordUse(long id, java.time.Instant now, java.time.Instant staleBefore) {
        em.createQuery("""
                        update AccessToken t set t.lastUsedAt = :now
                        where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)""")
                .setParameter("now", now).setParameter("id", id).setParameter("staleBefore", staleBefore).executeUpdate();
    }

    @Override
    public List<AccessToken> of(String username) {
        return em.createQuery("select t from AccessToken t where t.username = :username order by t.createdAt desc, t.id desc",
                AccessToken.class).setParameter("username", username).getResultList();
    }

    @Override
    public List<AccessToken> all(int max) {
        return em.createQuery("select t from AccessToken t order by t.createdAt desc, t.id desc", AccessToken.class)
                .setMaxResults(max).getResultList();
    }
}
