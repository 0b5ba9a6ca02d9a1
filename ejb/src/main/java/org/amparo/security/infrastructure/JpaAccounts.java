package org.amparo.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.AccountName;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.UserAccount;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext
    EntityManager em;

    public JpaAccounts() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaAccounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public List<AccountName> activeWithRole(String role) {
        return em.createQuery("""
                        select new org.amparo.security.domain.AccountName(u.username, u.displayName)
                        from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.displayName""",
                AccountName.class).setParameter("role", role).getResultList();
    }

    @Override
    public boolean isActive(String username, String role) {
        if (username == null) {
            return false;
        }
        return em.createQuery("""
                select count(u) from UserAccount u join u.roles r where u.username = :name and r = :role and u.enabled = true""",
                Long.class).setParameter("name", username).setParameter("role", role).getSingleResult() > 0;
    }
}
