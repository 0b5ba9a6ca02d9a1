package org.amparo.monitoring.domain;

/**
 * The seven groups of the toolkit's "Checklist for Monitoring Police-ICE Collusion", in its order: four of the local
 * jail's actions, then three of ICE's.
 */
public enum ChecklistGroup {
    INFORMATION_SHARING(Side.LOCAL_JAIL),
    TRANSFERS_TO_ICE(Side.LOCAL_JAIL),
    CRIMINAL_JUSTICE_PROCESS(Side.LOCAL_JAIL),
    SWEEPS_AND_RAIDS(Side.LOCAL_JAIL),
    ENFORCEMENT_PRIORITIES(Side.ICE),
    ARRESTS_AND_RAIDS(Side.ICE),
    DETENTION_AND_PROSECUTION(Side.ICE);

    /** The checklist's two columns: what the local jail does, what ICE does. */
    public enum Side {
        LOCAL_JAIL, ICE
    }

    private final Side side;

    ChecklistGroup(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
