package org.amparo.cases.domain;

import java.util.List;

/** The record of re-screenings of the cases on file. */
public interface ScreeningReruns {

    /** True when the cases on file were already re-screened with this version of the rule code. */
    boolean ranFor(String rulesVersion);

    void add(ScreeningRerun run);

    /** The latest runs, newest first. */
    List<ScreeningRerun> latest(int max);
}
