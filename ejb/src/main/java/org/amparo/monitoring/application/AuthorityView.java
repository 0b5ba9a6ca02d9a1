package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One of a jurisdiction's authorities as recorded: the office, its holder and how they got it, and public contacts. */
public record AuthorityView(long id, int version, long jurisdictionId, AuthorityOffice office, String title,
                            String holderName, AuthoritySelection selection, LocalDate nextElection, String phone,
                            String email, String address, String website, String notes, String updatedBy,
                            Instant updatedAt) implements Serializable {

    static AuthorityView of(Authority a) {
        Authority.Details d = a.details();
        return new AuthorityView(a.getId(), a.getVersion(), a.getJurisdictionId(), d.office(), d.title(), d.holderName(),
                d.selection(), d.nextElection(), d.phone(), d.email(), d.address(), d.website(), d.notes(),
                a.getUpdatedBy(), a.getUpdatedAt());
    }
}
