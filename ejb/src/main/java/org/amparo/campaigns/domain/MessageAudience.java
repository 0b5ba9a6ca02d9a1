package org.amparo.campaigns.domain;

/**
 * Who a campaign's message is for (the toolkit's "Consider your Audience": "Different messages will be convincing to
 * different targets").
 */
public enum MessageAudience {
    LOCAL_POLITICIANS, PROGRESSIVE_POLITICIANS, LAW_ENFORCEMENT, JOURNALISTS, ALLIES, AFFECTED_COMMUNITY, GENERAL_PUBLIC
}
