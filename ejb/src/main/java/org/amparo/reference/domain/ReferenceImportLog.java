package org.amparo.reference.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The record of each ICE reference file imported: which, as of when, by whom, with what counts. */
public interface ReferenceImportLog {

    /** The latest imports, newest first. */
    List<ReferenceImport> latest(int max);

    /** The date the newest imported file of this kind speaks of, if any was imported. */
    Optional<LocalDate> lastAsOf(ReferenceImport.Kind kind);

    void add(ReferenceImport record);
}
