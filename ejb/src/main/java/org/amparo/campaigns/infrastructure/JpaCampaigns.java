package org.amparo.campaigns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAsk;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.reference.domain.Jurisdiction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
    }

    @Override
    public List<CampaignAsk> asks(long campaignId) {
        return em.createQuery("select a from CampaignAsk a where a.campaignId = :c", CampaignAsk.class)
                .setParameter("c", campaignId).getResultList().stream()
                .sorted(Comparator.comparing((CampaignAsk a) -> a.getSample() == null ? 1 : 0)
                        .thenComparing(a -> a.getSample() == null ? 0 : a.getSample().ordinal())
                        .thenComparing(CampaignAsk::getId))
                .toList();
    }

    @Override
    public Optional<CampaignAsk> ask(long id) {
        return Optional.ofNullable(em.find(CampaignAsk.class, id));
    }

    @Override
    public void add(CampaignAsk ask) {
        em.persist(ask);
        em.flush();
    }
}
