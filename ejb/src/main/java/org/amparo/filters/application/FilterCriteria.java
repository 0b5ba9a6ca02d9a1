package org.amparo.filters.application;

import org.amparo.cases.application.CaseListPreset;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.filters.domain.FilterPage;
import org.amparo.process.CaseStep;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.tasks.application.InboxUrgency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a saved filter may hold, list by list: codes, ids and true/false only. The case list's search text is never
 * among them (a name or an A-number must not end up in a setting). Criteria are stored as {@code key=value} pairs
 * joined by {@code ;}, in the order of {@link #keys(FilterPage)}.
 */
public final class FilterCriteria {

    /** One thing wrong with the criteria: the field ({@code criteria.status}), the message key and its argument. */
    public record Problem(String field, String messageKey, Object argument) {
    }

    private static final Map<String, Predicate<String>> CASES = new LinkedHashMap<>();
    private static final Map<String, Predicate<String>> TASKS = new LinkedHashMap<>();

    static {
        CASES.put("status", enumValue(CaseStatus.class));
        CASES.put("step", enumValue(CaseStep.class));
        CASES.put("facility", FilterCriteria::id);
        CASES.put("priority", enumValue(EnforcementPriority.class));
        CASES.put("finding", enumValue(Finding.class));
        CASES.put("mine", FilterCriteria::bool);
        CASES.put("preset", enumValue(CaseListPreset.class));
        TASKS.put("step", enumValue(CaseStep.class));
        TASKS.put("urgency", enumValue(InboxUrgency.class));
        // The campaigns' tasks only (a plan's steps, promises to follow up, the next meeting), instead of a case step.
        TASKS.put("work", "CAMPAIGNS"::equals);
    }

    private FilterCriteria() {
    }

    /** The keys a filter of this list may hold, in their stored order. */
    public static List<String> keys(FilterPage page) {
        return List.copyOf(rules(page).keySet());
    }

    /** What is wrong with these criteria for this list: unknown keys, values the key does not take, nothing at all. */
    public static List<Problem> problems(FilterPage page, Map<String, String> criteria) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Predicate<String>> rules = rules(page);
        if (criteria == null || criteria.values().stream().allMatch(v -> v == null || v.isBlank())) {
            problems.add(new Problem("criteria", "amparo.validation.required", null));
            return problems;
        }
        criteria.forEach((key, value) -> {
            if (!rules.containsKey(key)) {
                problems.add(new Problem("criteria." + key, "amparo.validation.filterKey", null));
            } else if (value != null && !value.isBlank() && !rules.get(key).test(value)) {
                problems.add(new Problem("criteria." + key, "amparo.validation.filterValue",
                        value.length() > 40 ? value.substring(0, 40) + "…" : value));
            }
        });
        return problems;
    }

    /** The stored form of valid criteria: set keys only, in the list's order. */
    public static String format(FilterPage page, Map<String, String> criteria) {
        return keys(page).stream().filter(k -> criteria.get(k) != null && !criteria.get(k).isBlank())
                .map(k -> k + "=" + criteria.get(k)).collect(Collectors.joining(";"));
    }

    /** The criteria of a stored filter; a key this version no longer knows, or a value it no longer takes, is dropped. */
    public static Map<String, String> parse(FilterPage page, String stored) {
        Map<String, Predicate<String>> rules = rules(page);
        Map<String, String> criteria = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return criteria;
        }
        for (String pair : stored.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String key = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (rules.containsKey(key) && rules.get(key).test(value)) {
                    criteria.put(key, value);
                }
            }
        }
        return criteria;
    }

    private static Map<String, Predicate<String>> rules(FilterPage page) {
        return page == FilterPage.TASKS ? TASKS : CASES;
    }

    private static Predicate<String> enumValue(Class<? extends Enum<?>> type) {
        var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return names::contains;
    }

    private static boolean id(String value) {
        return value.matches("[1-9][0-9]{0,17}");
    }

    private static boolean bool(String value) {
        return value.equals("true") || value.equals("false");
    }
}
