package org.amparo.dashboard.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.dashboard.infrastructure.MonthCounts;
import org.amparo.security.domain.Roles;

/**
 * Recounts the dashboard's figures over time per month and facility from the cases, in a transaction of its own: what
 * changed in earlier months since the last recount (a case re-screened, an ICE document entered late, a case deleted)
 * shows from then on. Only the timer calls it.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DashboardRecount {

    @Inject
    MonthCounts counts;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MonthCounts.Run recount() {
        return counts.recount(Instant.now(clock));
    }
}
