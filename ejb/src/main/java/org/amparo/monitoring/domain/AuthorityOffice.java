package org.amparo.monitoring.domain;

import org.amparo.reference.domain.JurisdictionLevel;

/**
 * The offices with power over local collaboration with ICE, from the toolkit's "Mapping Local Authorities" (county:
 * sheriff, county executive, county council or board; city: police chief or commissioner, mayor or city manager, city
 * council), with the state's and the prosecutor's added. Each knows the level it usually belongs to and how it is
 * usually filled, as the toolkit describes it; a form starts from that, and the organisation records what is true.
 */
public enum AuthorityOffice {
    SHERIFF(JurisdictionLevel.COUNTY, AuthoritySelection.ELECTED),
    /** "May be elected or appointed." */
    COUNTY_EXECUTIVE(JurisdictionLevel.COUNTY, null),
    COUNTY_BOARD_MEMBER(JurisdictionLevel.COUNTY, AuthoritySelection.ELECTED),
    POLICE_CHIEF(JurisdictionLevel.CITY, AuthoritySelection.APPOINTED),
    MAYOR(JurisdictionLevel.CITY, AuthoritySelection.ELECTED),
    CITY_MANAGER(JurisdictionLevel.CITY, AuthoritySelection.APPOINTED),
    CITY_COUNCIL_MEMBER(JurisdictionLevel.CITY, AuthoritySelection.ELECTED),
    GOVERNOR(JurisdictionLevel.STATE, AuthoritySelection.ELECTED),
    STATE_LEGISLATOR(JurisdictionLevel.STATE, AuthoritySelection.ELECTED),
    ATTORNEY_GENERAL(JurisdictionLevel.STATE, null),
    /** A district attorney or county prosecutor: decides what happens to the criminal case. */
    PROSECUTOR(null, null),
    OTHER(null, null);

    private final JurisdictionLevel level;
    private final AuthoritySelection usually;

    AuthorityOffice(JurisdictionLevel level, AuthoritySelection usually) {
        this.level = level;
        this.usually = usually;
    }

    /** The level of government the office usually belongs to; null when it may be any. */
    public JurisdictionLevel level() {
        return level;
    }

    /** How the office is usually filled; null when the toolkit says it varies. */
    public AuthoritySelection usually() {
        return usually;
    }

    /** Whether the office fits a jurisdiction of that level (offices of any level fit every one). */
    public boolean fits(JurisdictionLevel jurisdictionLevel) {
        return level == null || jurisdictionLevel == null || level == jurisdictionLevel;
    }
}
