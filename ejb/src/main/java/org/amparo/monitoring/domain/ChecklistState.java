package org.amparo.monitoring.domain;

/** What is known of a checklist item in a jurisdiction; {@link #UNKNOWN} until someone (or a case) says otherwise. */
public enum ChecklistState {
    OBSERVED, NOT_OBSERVED, UNKNOWN
}
