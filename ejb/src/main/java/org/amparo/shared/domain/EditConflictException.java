package org.amparo.shared.domain;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The record changed since the user opened it: their save is refused, nothing is written, and {@link #changes()}
 * says what the other person changed, so the user can compare and save again with their input still on screen.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String record;
    private final int currentVersion;
    private final List<FieldChange> changes;

    public EditConflictException(String record, int currentVersion, List<FieldChange> changes) {
        super(record + " changed since it was opened (now version " + currentVersion + ")");
        this.record = record;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public String record() {
        return record;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public List<FieldChange> changes() {
        return changes;
    }
}
