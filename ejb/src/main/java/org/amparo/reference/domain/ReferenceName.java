package org.amparo.reference.domain;

/** A facility or jurisdiction by name alone, as a pick list needs it: no entity is loaded. */
public record ReferenceName(long id, String name, String stateCode) {
}
