package org.amparo.shared.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * One field of one record changed in one revision: who, when, which record, which field, from what to what.
 * {@code record} is the record type ({@code Person}, {@code Detainer}, ...); values are display text, empty for none.
 */
public record FieldChange(long revision, Instant at, String actor, String record, Long recordId, String field,
                          String oldValue, String newValue) implements Serializable {
}
