package org.amparo.imports.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rows become people and bookings. Rows are one person when they share an A-number, a name and date of birth, or a
 * booking (facility and booking number): a roster with a row per charge, a hotline sheet with a row per call. Within
 * a person, rows are one booking when they share the booking number; rows without one join the person's first
 * booking. A person whose rows disagree on the A-number or the date of birth is not guessed at: the disagreeing rows
 * become conflicts, reported on their rows.
 */
public final class RosterGroups {

    /** A row that disagrees with an earlier row of the same person, on a field. */
    public record Conflict(int row, String field, int earlierRow) {
    }

    /** One booking of a person: the case it becomes, with the charges and ICE holds of its rows. */
    public record Booking(String bookingNumber, Long facilityId, List<RosterRow> rows) {

        public LocalDateTime bookedAt() {
            return first(RosterRow::bookedAt);
        }

        public LocalDateTime scheduledReleaseAt() {
            return first(RosterRow::scheduledReleaseAt);
        }

        public String callerName() {
            return first(RosterRow::callerName);
        }

        public String callerRelation() {
            return first(RosterRow::callerRelation);
        }

        public String callerContact() {
            return first(RosterRow::callerContact);
        }

        /** The booking's charges, each once (a roster may repeat a charge on every hold row). */
        public List<RosterRow> charges() {
            Map<String, RosterRow> distinct = new LinkedHashMap<>();
            for (RosterRow r : rows) {
                if (r.hasCharge()) {
                    distinct.putIfAbsent(chargeKey(r.arrestDay(), r.charge(), r.level()), r);
                }
            }
            return List.copyOf(distinct.values());
        }

        /** The booking's ICE holds, each once. */
        public List<RosterRow> holds() {
            Map<String, RosterRow> distinct = new LinkedHashMap<>();
            for (RosterRow r : rows) {
                if (r.hasHold()) {
                    distinct.putIfAbsent(holdKey(r.holdForm(), r.holdIssuedAt()), r);
                }
            }
            return List.copyOf(distinct.values());
        }

        private <T> T first(Function<RosterRow, T> value) {
            return rows.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    /** One person of the file with their bookings; the first row's name is theirs, other rows' names are aliases. */
    public record Person(List<RosterRow> rows, List<Booking> bookings) {

        public RosterRow first() {
            return rows.get(0);
        }

        public org.amparo.shared.domain.ANumber aNumber() {
            return rows.stream().map(RosterRow::aNumber).filter(Objects::nonNull).findFirst().orElse(null);
        }

        public LocalDate dateOfBirth() {
            return rows.stream().map(RosterRow::dateOfBirth).filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    public record Result(List<Person> people, List<Conflict> conflicts) {
    }

    private RosterGroups() {
    }

    /** The same charge, however often a file lists it: arrest day, words and level. */
    public static String chargeKey(LocalDate arrestDay, String charge, org.amparo.people.domain.OffenseLevel level) {
        return arrestDay + "|" + org.amparo.shared.domain.SearchText.fold(charge) + "|" + level;
    }

    public static String holdKey(String form, LocalDateTime issuedAt) {
        return form + "|" + issuedAt;
    }

    public static Result group(List<RosterRow> rows) {
        int[] parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RosterRow r = rows.get(i);
            if (r.aNumber() != null) {
                link(parent, seen, "A" + r.aNumber().digits(), i);
            }
            if (r.dateOfBirth() != null && !r.nameKey().isEmpty()) {
                link(parent, seen, "N" + r.nameKey() + "|" + r.dateOfBirth(), i);
            }
            if (r.bookingNumber() != null) {
                link(parent, seen, "B" + r.facilityId() + "|" + r.bookingNumber(), i);
            }
        }
        Map<Integer, List<RosterRow>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rows.get(i));
        }
        List<Person> people = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (List<RosterRow> personRows : byRoot.values()) {
            List<RosterRow> kept = withoutConflicts(personRows, conflicts);
            people.add(new Person(kept, bookings(kept)));
        }
        return new Result(people, conflicts);
    }

    /** Rows that agree with the person's first A-number and date of birth; the others become conflicts. */
    private static List<RosterRow> withoutConflicts(List<RosterRow> rows, List<Conflict> conflicts) {
        RosterRow aRow = null;
        RosterRow bornRow = null;
        List<RosterRow> kept = new ArrayList<>();
        for (RosterRow r : rows) {
            if (r.aNumber() != null && aRow != null && !r.aNumber().equals(aRow.aNumber())) {
                conflicts.add(new Conflict(r.row(), "aNumber", aRow.row()));
                continue;
            }
            if (r.dateOfBirth() != null && bornRow != null && !r.dateOfBirth().equals(bornRow.dateOfBirth())) {
                conflicts.add(new Conflict(r.row(), "dateOfBirth", bornRow.row()));
                continue;
            }
            aRow = aRow == null && r.aNumber() != null ? r : aRow;
            bornRow = bornRow == null && r.dateOfBirth() != null ? r : bornRow;
            kept.add(r);
        }
        return kept;
    }

    private static List<Booking> bookings(List<RosterRow> rows) {
        Map<String, List<RosterRow>> byBooking = new LinkedHashMap<>();
        List<RosterRow> loose = new ArrayList<>();
        for (RosterRow r : rows) {
            if (r.bookingNumber() == null) {
                loose.add(r);
            } else {
                byBooking.computeIfAbsent(r.facilityId() + "|" + r.bookingNumber(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byBooking.isEmpty()) {
            byBooking.put("", loose);
        } else {
            byBooking.values().iterator().next().addAll(loose);
        }
        List<Booking> bookings = new ArrayList<>();
        for (List<RosterRow> b : byBooking.values()) {
            b.sort(java.util.Comparator.comparingInt(RosterRow::row));
            RosterRow numbered = b.stream().filter(r -> r.bookingNumber() != null).findFirst().orElse(b.get(0));
            bookings.add(new Booking(numbered.bookingNumber(), numbered.facilityId(), List.copyOf(b)));
        }
        return bookings;
    }

    private static void link(int[] parent, Map<String, Integer> seen, String key, int row) {
        Integer earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
            int a = root(parent, earlier);
            int b = root(parent, row);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
