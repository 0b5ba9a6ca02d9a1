package org.amparo.rules.relief;

import java.util.List;

import org.amparo.rules.Reason;

/** The DACA result with its reasons: what disqualifies, else what is missing, else that all guidelines are met. */
public record DacaScreen(DacaResult result, List<Reason> reasons) {

    public DacaScreen {
        reasons = List.copyOf(reasons);
    }
}
