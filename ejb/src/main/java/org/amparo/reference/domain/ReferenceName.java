package org.amparo.reference.domain;

/** A facility or jurisdiction by name alone, as a pick list needs it: no entity is loaded. A jurisdiction has no city. */
public record ReferenceName(long id, String name, String city, String stateCode) {

    public ReferenceName(long id, String name, String stateCode) {
        this(id, name, null, stateCode);
    }
}
