package org.amparo.campaigns.domain;

/**
 * The kinds of allies the toolkit names (step 5, "Find and Recruit allies", its Santa Clara example and its messaging
 * audiences): local officials with ties to the sheriff, partners in the criminal justice system (public defenders,
 * probation), legal organisations, faith groups, labour, community organisations, those fighting mass incarceration,
 * groups serving survivors of domestic violence, and others.
 */
public enum AllyType {
    LOCAL_OFFICIAL,
    PUBLIC_DEFENDER,
    PROBATION_OR_COURTS,
    LEGAL_ORGANISATION,
    FAITH,
    LABOUR,
    COMMUNITY_ORGANISATION,
    CRIMINAL_JUSTICE_REFORM,
    DOMESTIC_VIOLENCE_SERVICES,
    OTHER
}
