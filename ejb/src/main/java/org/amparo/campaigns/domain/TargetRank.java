package org.amparo.campaigns.domain;

/**
 * The toolkit's step 4, "Identify targets": the primary target has the power to make the change (who controls the
 * jail); secondary targets influence the primary, the jail's budget or local legislation.
 */
public enum TargetRank {
    PRIMARY,
    SECONDARY
}
