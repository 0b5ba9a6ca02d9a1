package org.amparo.reference.domain;

/** The 287(g) model: what the agency's officers do for ICE. */
public enum SupportType {
    /** Officers in the jail screen people for ICE and serve detainers. */
    JAIL_ENFORCEMENT_MODEL,
    /** Officers enforce immigration law on patrol. */
    TASK_FORCE_MODEL,
    /** Officers serve ICE administrative warrants in the jail. */
    WARRANT_SERVICE_OFFICER
}
