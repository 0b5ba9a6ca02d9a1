package org.amparo.shared.domain;

/** The current transaction's pending changes, written to the database on demand (the transaction still decides commit or rollback). */
public interface UnitOfWork {

    /** Writes what the use case changed so far, so a broken constraint fails here, before the use case audits or answers. */
    void flush();
}
