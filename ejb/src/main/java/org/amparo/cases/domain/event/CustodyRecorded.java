package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/**
 * The jail's custody facts (booking number, booking time, scheduled release) were recorded or corrected.
 *
 * @param releaseChanged the scheduled release moved, and with it the expiry of a hold
 */
public record CustodyRecorded(boolean releaseChanged) implements DomainEvent {

    @Override
    public boolean movesHold() {
        return releaseChanged;
    }
}
