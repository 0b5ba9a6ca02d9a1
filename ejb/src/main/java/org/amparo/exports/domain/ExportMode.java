package org.amparo.exports.domain;

/**
 * What an export may show. {@link #FULL} names people and staff; {@link #DEIDENTIFIED} has no names, aliases,
 * A-numbers, addresses, phones, booking numbers, dates of birth, free text or staff names: people and cases are
 * stable pseudonyms and ages are age bands.
 */
public enum ExportMode {
    FULL, DEIDENTIFIED;

    /** "full" or "deidentified", as the API and the audit log write it. */
    public String label() {
        return this == FULL ? "full" : "deidentified";
    }
}
