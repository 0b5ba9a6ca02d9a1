package org.amparo.reference.domain;

import java.util.Optional;

/** The ICE forms Amparo knows (reference data: a new DHS form is a row). */
public interface IceDocumentForms {

    Optional<IceDocumentForm> find(String code);
}
