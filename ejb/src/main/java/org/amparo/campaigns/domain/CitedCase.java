package org.amparo.campaigns.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A case a campaign cites; de-identified unless the person consented to go public. */
@Embeddable
public record CitedCase(
        @Column(name = "case_id", nullable = false) long caseId,
        @Column(name = "deidentified", nullable = false) boolean deidentified,
        @Column(name = "linked_at", nullable = false) Instant linkedAt) implements Serializable {
}
