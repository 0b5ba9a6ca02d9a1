package org.amparo.casefile.domain;

import java.util.List;
import java.util.Optional;

/** The intake drafts volunteers saved half-done, each kept for its owner. */
public interface Drafts {

    Optional<IntakeDraft> find(long id);

    /** The owner's most recently saved drafts, newest first. */
    List<IntakeDraft> latestOf(String owner, int max);

    void add(IntakeDraft draft);

    void remove(IntakeDraft draft);

    /** Deletes the draft if this owner has it (a bulk delete: nothing is loaded); the case opened from it no longer needs it. */
    void removeOwned(long id, String owner);
}
