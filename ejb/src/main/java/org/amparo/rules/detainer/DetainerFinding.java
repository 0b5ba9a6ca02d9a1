package org.amparo.rules.detainer;

import org.amparo.rules.Reason;

/** A finding with the reason it was made. */
public record DetainerFinding(Finding finding, Reason reason) {
}
