package org.amparo.campaigns.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The toolkit's message themes ("Campaign Messaging/Communications", its table of themes, potential audiences and
 * talking points), each with the audiences the toolkit suggests for it, and the organisation's own.
 */
public enum MessageTheme {
    COMPLICIT_IN_BROKEN_SYSTEM(MessageAudience.LOCAL_POLITICIANS, MessageAudience.JOURNALISTS),
    DEPORTATION_AND_POLICING(MessageAudience.ALLIES, MessageAudience.PROGRESSIVE_POLITICIANS),
    EQUALITY_BEFORE_THE_LAW(MessageAudience.LOCAL_POLITICIANS, MessageAudience.JOURNALISTS, MessageAudience.LAW_ENFORCEMENT),
    FAMILIES_AND_COMMUNITIES(MessageAudience.LOCAL_POLITICIANS, MessageAudience.JOURNALISTS),
    FINANCIAL_COSTS(MessageAudience.LAW_ENFORCEMENT, MessageAudience.LOCAL_POLITICIANS, MessageAudience.JOURNALISTS),
    LOCAL_LAW_ENFORCEMENT(MessageAudience.LAW_ENFORCEMENT),
    SAME_PROGRAM_NEW_NAME(MessageAudience.LOCAL_POLITICIANS, MessageAudience.LAW_ENFORCEMENT, MessageAudience.JOURNALISTS),
    OWN();

    private final Set<MessageAudience> suggested;

    MessageTheme(MessageAudience... suggested) {
        this.suggested = EnumSet.noneOf(MessageAudience.class);
        this.suggested.addAll(java.util.List.of(suggested));
    }

    /** The audiences the toolkit suggests for the theme (none for the organisation's own). */
    public Set<MessageAudience> suggestedAudiences() {
        return java.util.Collections.unmodifiableSet(suggested);
    }
}
