package org.amparo.people.domain;

/** How a charge ended. Only {@link #CONVICTED} is a conviction: a charge is not a conviction. */
public enum Disposition {
    PENDING, CONVICTED, DISMISSED, ACQUITTED, DIVERSION
}
