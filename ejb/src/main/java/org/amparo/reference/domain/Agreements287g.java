package org.amparo.reference.domain;

import java.util.List;

/** The 287(g) agreements local agencies signed with ICE, as ICE lists them. */
public interface Agreements287g {

    /** The agreements with their jurisdictions by state, agency and support type; current ones only unless {@code includeEnded}. */
    List<Agreement287g> withJurisdictionByState(boolean includeEnded);

    /** Every agreement with its jurisdiction, in no particular order. */
    List<Agreement287g> allWithJurisdiction();

    void add(Agreement287g agreement);
}
