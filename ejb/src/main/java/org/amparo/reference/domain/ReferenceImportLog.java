package org.amparo.reference.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The record of each ICE reference file imported: which, as of when, by whom, with what counts. */
public interface ReferenceImportLog {

    /** The latest imports, newest first. */
    List<ReferenceImport> latest(int max);

    /** The date the newest file of this kind imported as current (not as history only) speaks of, if any was. */
    Optional<LocalDate> lastAsOf(ReferenceImport.Kind kind);

    void add(ReferenceImport record);
}
