package org.amparo.monitoring.domain;

import java.util.Collection;

/**
 * The evidence report's rule for counts of people (issue 14, DOMAIN.md section 7): a count from 1 to 4 could point to
 * someone, so it is shown as "fewer than 5", never as its number; a total is shown exactly only when none of its parts
 * is hidden, else as the least it can be ("at least 12"), which the shown parts already tell, so that a total minus its
 * shown parts never gives a hidden count away. Nought is shown: it points to nobody.
 */
public final class SmallCounts {

    /** Counts below this, above nought, are hidden. */
    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** A count as the report may show it: exactly, as "fewer than 5", or as a least value. */
    public record Shown(long value, Kind kind) {

        public enum Kind { EXACT, FEWER_THAN, AT_LEAST }

        /** The count as a cell holds it: the number when exact, else these words with the number. */
        public Object cell(String fewerThan, String atLeast) {
            return switch (kind) {
                case EXACT -> value;
                case FEWER_THAN -> fewerThan.formatted(value);
                case AT_LEAST -> atLeast.formatted(value);
            };
        }

        public boolean hidden() {
            return kind != Kind.EXACT;
        }
    }

    /** One count of people: exact, or "fewer than 5" from 1 to 4. */
    public static Shown of(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
        return count > 0 && count < THRESHOLD ? new Shown(THRESHOLD, Shown.Kind.FEWER_THAN) : new Shown(count, Shown.Kind.EXACT);
    }

    /**
     * The total of counts shown apart: exact when no part is hidden and the total itself is not small; else the least
     * the reader can tell from the parts (the shown parts, and one for each hidden part), and never less than the
     * threshold when the total is at least that.
     */
    public static Shown total(Collection<Long> parts) {
        long sum = 0;
        long least = 0;
        boolean anyHidden = false;
        for (long part : parts) {
            sum += part;
            if (of(part).hidden()) {
                anyHidden = true;
                least += 1;
            } else {
                least += part;
            }
        }
        if (!anyHidden || sum < THRESHOLD) {
            return of(sum);
        }
        return new Shown(Math.max(least, THRESHOLD), Shown.Kind.AT_LEAST);
    }

    /**
     * A count of people some of whom are also counted in more than one of the parts shown beside it (the cases with any
     * finding, beside the cases per finding): exact when no part is hidden; else at least the largest part, since the
     * exact count less the shown parts could give a hidden one away.
     */
    public static Shown overlapping(long count, Collection<Shown> parts) {
        Shown own = of(count);
        if (own.hidden() || parts.stream().noneMatch(Shown::hidden)) {
            return own;
        }
        return new Shown(Math.max(THRESHOLD, parts.stream().mapToLong(Shown::value).max().orElse(0)), Shown.Kind.AT_LEAST);
    }
}
