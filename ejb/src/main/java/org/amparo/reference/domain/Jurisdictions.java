package org.amparo.reference.domain;

import org.amparo.audit.domain.Revision;

import java.util.List;
import java.util.Optional;

/** The counties, cities and states whose detainer policies decide what a hold means. */
public interface Jurisdictions {

    Optional<Jurisdiction> find(long id);

    /**
     * The jurisdiction, its row locked until the transaction ends, so that those who write what hangs from it (its
     * checklist's entries) take turns, on every server sharing the database.
     */
    Optional<Jurisdiction> findLocked(long id);

    /** Every jurisdiction's id, name and state, by name. */
    List<ReferenceName> namesByName();

    /** Every jurisdiction, by name. */
    List<Jurisdiction> allByName();

    /** The state-level jurisdictions of a state (normally one): the state layer of detainer policy. */
    List<Jurisdiction> statesOf(String stateCode);

    /** Every jurisdiction, in no particular order. */
    List<Jurisdiction> all();

    void add(Jurisdiction jurisdiction);

    /** The jurisdiction with this FIPS code, if any. */
    Optional<Jurisdiction> byFipsCode(String fipsCode);

    /** The jurisdiction as each recorded revision left it, newest first. */
    List<PastState> history(long id);

    /** A jurisdiction as one revision left it. */
    record PastState(Jurisdiction jurisdiction, Revision revision) {
    }
}
