package org.amparo.cases.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.amparo.rules.detainer.Finding;

/** A finding of the last screening on the case, with its reason in English (the case file re-screens to localise). */
@Embeddable
public record CaseFinding(
        @Enumerated(EnumType.STRING) @Column(name = "finding", length = 40, nullable = false) Finding finding,
        @Column(name = "reason", length = 500, nullable = false) String reason) implements Serializable {
}
