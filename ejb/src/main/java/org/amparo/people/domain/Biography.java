package org.amparo.people.domain;

import java.io.Serializable;

/** The biographical details of the hotline questionnaire, beyond name and date of birth. Null: unknown. */
public record Biography(String genderIdentity, String address, String phone, String countryOfOrigin,
                        String preferredLanguage, String otherLanguages, String employment, String communityTies)
        implements Serializable {
}
