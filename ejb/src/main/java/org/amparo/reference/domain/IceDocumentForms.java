package org.amparo.reference.domain;

import java.util.List;
import java.util.Optional;

/** The kinds of document ICE sends (detainers, notification requests, warrants), in use and retired. */
public interface IceDocumentForms {

    Optional<IceDocumentForm> find(String code);

    /** The form of a known code, without reading it (for a relation to it). */
    IceDocumentForm reference(String code);

    /** Every form, by code. */
    List<IceDocumentForm> allByCode();

    /** The forms' codes: those in use first, then retired ones, each by code. */
    List<String> codesInUseFirst();
}
