package org.amparo.reference.application;

import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.rules.detainer.DocumentForm;

/** The bridge from the ICE forms kept as reference data to the form description the rules read. */
public final class DocumentForms {

    private DocumentForms() {
    }

    public static DocumentForm toRule(IceDocumentForm f) {
        return new DocumentForm(f.getCode(), f.isDetainer(), f.isAsksHold(), f.isAsksNotification(), f.getHoldHours(),
                f.isHoldCountsBusinessHours());
    }
}
