package org.amparo.rules;

/** How a person entered the United States (SCREENING.md v1.1 {@code person.entries[].manner}). */
public enum EntryManner {
    WITHOUT_INSPECTION, INSPECTED, PAROLED
}
