package org.amparo.stories.domain;

import org.amparo.cases.domain.CaseScope;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stories on file and where they were used. */
public interface Stories {

    /** A case's stories, as recorded. */
    List<Story> ofCase(long caseId);

    Optional<Story> find(long id);

    void add(Story story);

    void add(StoryUse use);

    /** Writes pending changes now, so that a story read back shows its new version. */
    void flush();

    /** A use of a story, with the name of the jurisdiction whose report it went into. */
    record Use(StoryUse use, String jurisdiction) {
    }

    /** Where these stories were used, oldest first. */
    List<Use> usesOf(Collection<Long> storyIds);

    /**
     * The stories usable in an evidence report of the jurisdiction: of its cases in the caller's scope (opened in
     * [from, to) when those are given, as the report selects cases), with consent given and not withdrawn, and vetted.
     * The consent's scope is checked by the caller. Each is read under a shared lock (in the caller's transaction): a
     * withdrawal committing meanwhile is seen, and one that comes later waits for the caller to commit.
     */
    List<Story> usableInJurisdiction(CaseScope scope, long jurisdictionId, Instant from, Instant to, int max);
}
