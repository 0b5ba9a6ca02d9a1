package org.amparo.imports.application;

import org.amparo.imports.domain.RosterField;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A roster file's layout as found: the header row (as the spreadsheet numbers it), each column's label, the mapping of
 * columns (0-based) to fields, remembered from an earlier import of the same layout or suggested by the labels, and
 * the first data rows to map by.
 */
public record RosterLayout(String signature, int headerRow, List<String> labels, Map<Integer, RosterField> mapping,
                           boolean remembered, List<List<String>> sample) implements Serializable {
}
