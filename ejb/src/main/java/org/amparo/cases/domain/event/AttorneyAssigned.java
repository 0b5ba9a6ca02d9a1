package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The case was referred to an attorney, or the referral was declined. */
public record AttorneyAssigned() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
