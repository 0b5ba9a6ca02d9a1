package org.amparo.rules;

import org.amparo.rules.detainer.DetainerScreen;
import org.amparo.rules.priority.PriorityAssessment;
import org.amparo.rules.relief.DacaScreen;
import org.amparo.rules.relief.ScaapScreen;

/** Everything one screening found. {@code detainer} is null when the facts had no ICE document. */
public record ScreeningResult(PriorityAssessment priority, DacaScreen daca, ScaapScreen scaap, DetainerScreen detainer) {
}
