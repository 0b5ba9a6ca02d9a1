package org.amparo.reference.domain;

import java.util.Optional;

/** The facilities on the reference list. */
public interface Facilities {

    Optional<Facility> find(long facilityId);
}
