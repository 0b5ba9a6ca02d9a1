package org.amparo.filters.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A saved filter as its owner sees it: its name and criteria ({@code status=OPEN}, {@code step=INTAKE}, ...). */
public record SavedFilterView(long id, String page, String name, Map<String, String> criteria, Instant savedAt)
        implements Serializable {
}
