package org.amparo.imports.application;

import org.amparo.imports.domain.RosterField;

import java.util.Map;

/**
 * A roster to import: the file, the mapping of its columns (0-based) to fields (null: the remembered or suggested
 * one), and the facility of rows that name none (null: every row must name one).
 */
public record RosterRequest(String fileName, byte[] content, Map<Integer, RosterField> mapping, Long facilityId) {
}
