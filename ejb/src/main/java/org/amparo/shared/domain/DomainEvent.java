package org.amparo.shared.domain;

import java.io.Serializable;

/**
 * Something that happened to an aggregate's facts, raised by the aggregate itself as it changes. A repository's
 * {@code save} hands the aggregate's events to CDI in the caller's transaction, so their consequences (screening,
 * the case process) commit or roll back with the change.
 */
public interface DomainEvent extends Serializable {

    /** Whether the screening rules read what changed: the case is screened again. */
    default boolean changesScreening() {
        return true;
    }

    /** Whether what changed may move an ICE hold's expiry: the process's hold watch starts again. */
    default boolean movesHold() {
        return false;
    }
}
