package org.amparo.rules.relief;

import java.util.List;

import org.amparo.rules.Reason;

/** Whether a jail could claim SCAAP money for the person, with the reasons either way. */
public record ScaapScreen(boolean eligible, List<Reason> reasons) {

    public ScaapScreen {
        reasons = List.copyOf(reasons);
    }
}
