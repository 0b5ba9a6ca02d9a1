package org.amparo.filters.application;

import java.util.Map;

/**
 * A filter to save on a list ({@code CASES} or {@code TASKS}) under a name; saving again under the same name replaces
 * it. The criteria are the list's codes and ids ({@link FilterCriteria#keys}), never a search text.
 */
public record SaveFilterCommand(String page, String name, Map<String, String> criteria) {
}
