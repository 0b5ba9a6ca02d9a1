package org.amparo.reference.domain;

import java.util.List;
import java.util.Optional;

/** The places people are held: jails, prisons and ICE detention centres, with their agreements. */
public interface Facilities {

    Optional<Facility> find(long id);

    /** The facility of a known id, without reading it (for a relation to it). */
    Facility reference(long id);

    /** Every facility's id, name and state, by name. */
    List<ReferenceName> namesByName();

    /** Every facility with its jurisdiction, by name. */
    List<Facility> allWithJurisdictionByName();

    /** Every facility, in no particular order. */
    List<Facility> all();

    void add(Facility facility);
}
