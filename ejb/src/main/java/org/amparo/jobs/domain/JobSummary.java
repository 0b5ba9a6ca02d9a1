package org.amparo.jobs.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a job is about or did, as counts, ids and names of kinds only ({@code mode=FULL rows=1200}): the job table is
 * read by whoever looks after the server, so it must never hold personal data. Keys are plain words; a value is one
 * token of letters, digits and {@code _ . : -}, at most 64 characters, so a sentence or a name with a space cannot be
 * written down by mistake. Callers still put only counts and ids here, never what a person typed.
 */
public final class JobSummary implements Serializable {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** The column's length (V10). */
    public static final int MAX_LENGTH = 1000;

    private final Map<String, String> values;

    private JobSummary(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A summary with nothing in it. */
    public static JobSummary empty() {
        return new JobSummary(new LinkedHashMap<>());
    }

    /** A copy with one more count. */
    public JobSummary with(String key, long count) {
        return with(key, Long.toString(count));
    }

    /** A copy with one more value: a count, an id or the name of a kind. */
    public JobSummary with(String key, String value) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A job summary key is a plain word: " + key);
        }
        if (value == null || !VALUE.matcher(value).matches()) {
            // The value is not echoed: it may be exactly what must not be written down.
            throw new IllegalArgumentException("A job summary value is a count, an id or the name of a kind (key " + key + ")");
        }
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        JobSummary next = new JobSummary(copy);
        if (next.text().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A job summary is at most " + MAX_LENGTH + " characters");
        }
        return next;
    }

    /** A copy with {@code more}'s values added (and replacing this one's under the same key). */
    public JobSummary and(JobSummary more) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(more.values);
        JobSummary next = new JobSummary(copy);
        if (next.text().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A job summary is at most " + MAX_LENGTH + " characters");
        }
        return next;
    }

    /** The value under a key, or null. */
    public String get(String key) {
        return values.get(key);
    }

    /** The count under a key, or {@code otherwise} when there is none. */
    public long count(String key, long otherwise) {
        String v = values.get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException notACount) {
            return otherwise;
        }
    }

    /** As stored: {@code key=value} pairs separated by single spaces, in the order they were added. */
    public String text() {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }

    /** Reads a stored summary back; pairs that do not follow the rules (say, an older release's) are left out. */
    public static JobSummary parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.trim().split(" +")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && KEY.matcher(pair.substring(0, eq)).matches() && VALUE.matcher(pair.substring(eq + 1)).matches()) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return new JobSummary(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobSummary other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
