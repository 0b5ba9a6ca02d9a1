package org.amparo.shared.domain;

/** An aggregate that keeps blind indexes of its encrypted identifiers; they are refreshed before each write. */
public interface Fingerprinted {

    void refreshFingerprints(Fingerprints fingerprints);
}
