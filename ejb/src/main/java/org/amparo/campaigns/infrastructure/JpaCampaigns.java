package org.amparo.campaigns.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.reference.domain.Jurisdiction;

/** {@link Campaigns} with JPA. */
@ApplicationScoped
public class JpaCampaigns implements Campaigns {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction) {
        return em.createQuery("select c from Campaign c where c.jurisdiction = :j order by c.id", Campaign.class)
                .setParameter("j", jurisdiction).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
    }
}
