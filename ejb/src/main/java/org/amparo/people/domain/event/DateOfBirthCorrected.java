package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The person's date of birth was recorded or corrected: age-based rules read it. */
public record DateOfBirthCorrected() implements DomainEvent {
}
