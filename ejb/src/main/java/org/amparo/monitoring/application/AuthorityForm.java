package org.amparo.monitoring.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;
import org.amparo.shared.domain.PlausibleDate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a person sends about one of a jurisdiction's authorities. {@code version} is the one they read (ignored when
 * adding); the domain checks the rest ({@link Authority#change}).
 */
public record AuthorityForm(
        @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
        @NotNull(message = "{amparo.validation.required}") AuthorityOffice office,
        @Size(max = Authority.TITLE_MAX, message = "{amparo.validation.size}") String title,
        @Size(max = Authority.NAME_MAX, message = "{amparo.validation.size}") String holderName,
        AuthoritySelection selection,
        @PlausibleDate LocalDate nextElection,
        @Size(max = Authority.PHONE_MAX, message = "{amparo.validation.size}") String phone,
        @Size(max = Authority.EMAIL_MAX, message = "{amparo.validation.size}") String email,
        @Size(max = Authority.ADDRESS_MAX, message = "{amparo.validation.size}") String address,
        @Size(max = Authority.WEBSITE_MAX, message = "{amparo.validation.size}") String website,
        @Size(max = Authority.NOTES_MAX, message = "{amparo.validation.size}") String notes) implements Serializable {

    Authority.Details details() {
        return new Authority.Details(office, title, holderName, selection, nextElection, phone, email, address, website, notes);
    }

    /** A form holding what is recorded, to edit it. */
    public static AuthorityForm of(AuthorityView a) {
        return new AuthorityForm(a.version(), a.office(), a.title(), a.holderName(), a.selection(), a.nextElection(),
                a.phone(), a.email(), a.address(), a.website(), a.notes());
    }
}
