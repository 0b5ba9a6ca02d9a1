package org.amparo.reference.domain;

/** What kind of law-enforcement agency signed a 287(g) agreement, as ICE's list calls it. */
public enum AgencyType {
    COUNTY, MUNICIPALITY, STATE_AGENCY, STATE;

    /** The jurisdiction level the agency's jurisdiction has. */
    public JurisdictionLevel level() {
        return switch (this) {
            case COUNTY -> JurisdictionLevel.COUNTY;
            case MUNICIPALITY -> JurisdictionLevel.CITY;
            case STATE_AGENCY, STATE -> JurisdictionLevel.STATE;
        };
    }
}
