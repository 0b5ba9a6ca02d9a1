package org.amparo.workflow;

/** Events from outside that move a running case (DOMAIN.md section 8), as the process receives them. */
public enum CaseEvent {
    /** A new ICE document arrived: screening and an ICE-hold check again. */
    NEW_DETAINER("newDetainer"),
    /** The hold's facts changed (e.g. the jail gave the real release time): the hold watch restarts. */
    HOLD_CHANGED("holdChanged"),
    /** Release from custody or transfer: the hold watch ends. */
    CUSTODY_ENDED("custodyEnded");

    private final String messageName;

    CaseEvent(String messageName) {
        this.messageName = messageName;
    }

    /** The BPMN message name. */
    public String messageName() {
        return messageName;
    }
}
