package org.amparo.imports.infrastructure;

import org.amparo.imports.domain.RosterField;
import org.amparo.imports.domain.RosterRow;
import org.amparo.imports.domain.RosterValues;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.Digests;
import org.amparo.shared.domain.PlausibleDates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a jail roster or hotline sheet: its header row is the one of the first rows whose labels name the most
 * roster fields; the mapping of columns to fields is suggested from the labels (or remembered for the layout); each
 * data row is read into a {@link RosterRow} with every value normalised, or into the problems that name its cells.
 * A row with a problem yields no {@link RosterRow}.
 */
public final class RosterSheet {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Map<RosterField, Integer> MAX_LENGTH = new EnumMap<>(Map.of(
            RosterField.FAMILY_NAME, 100, RosterField.GIVEN_NAMES, 150, RosterField.BOOKING_NUMBER, 40,
            RosterField.CHARGE, 200, RosterField.ARRESTING_AGENCY, 120, RosterField.CALLER_NAME, 200,
            RosterField.CALLER_RELATION, 60, RosterField.CALLER_CONTACT, 200));

    /** What the reader needs from the database: facilities by name, the ICE forms on the list, and today. */
    public interface Lookup {
        /** The facility a roster names; empty when none or more than one matches. */
        Optional<Long> facility(String name);

        /** The facility of rows that name none (chosen for the whole file), or null. */
        Long defaultFacility();

        boolean knownForm(String code);

        LocalDate today();
    }

    /** The header row (0-based index into the table's rows), its labels by column, and the layout's signature. */
    public record Layout(int headerIndex, int headerRowNumber, List<String> labels, String signature) {

        /** The fields the labels name; a field named by two columns goes to the first. */
        public Map<Integer, RosterField> suggestedMapping() {
            Map<Integer, RosterField> mapping = new LinkedHashMap<>();
            for (int c = 0; c < labels.size(); c++) {
                Integer column = c;
                RosterField.forLabel(labels.get(c)).filter(f -> !mapping.containsValue(f)).ifPresent(f -> mapping.put(column, f));
            }
            return mapping;
        }

        public String label(int column) {
            return column < labels.size() && !labels.get(column).isBlank() ? labels.get(column) : SheetTable.columnName(column);
        }
    }

    public record Read(List<RosterRow> rows, List<ImportProblem> problems, int rowCount) {
    }

    private RosterSheet() {
    }

    /** The header row: of the first rows, the one naming the most fields; the first row when none names any. */
    public static Layout layout(SheetTable table) {
        List<SheetTable.Row> rows = table.rows();
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            int count = (int) rows.get(i).cells().values().stream()
                    .filter(c -> RosterField.forLabel(c.text()).isPresent()).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        SheetTable.Row header = rows.get(best);
        int width = header.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            labels.add(header.text(c));
        }
        String signature = Digests.sha256(String.join("\u001F", labels.stream().map(RosterField::normalLabel).toList())
                .getBytes(StandardCharsets.UTF_8));
        return new Layout(best, header.number(), List.copyOf(labels), signature);
    }

    /** Every data row read with the mapping (column → field). */
    public static Read read(SheetTable table, Layout layout, Map<Integer, RosterField> mapping, Lookup lookup) {
        List<ImportProblem> problems = new ArrayList<>(new HeaderRow(layout.headerIndex(), Map.of()).mergedInData(table));
        List<RosterRow> read = new ArrayList<>();
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        mapping.forEach((column, field) -> columns.put(field, column));
        List<SheetTable.Row> rows = table.rows();
        int count = 0;
        for (int i = layout.headerIndex() + 1; i < rows.size(); i++) {
            count++;
            RowReader r = new RowReader(rows.get(i), layout, columns, lookup);
            RosterRow row = r.read();
            if (r.problems.isEmpty()) {
                read.add(row);
            } else {
                problems.addAll(r.problems);
            }
        }
        return new Read(read, problems, count);
    }

    /** One row's values, each read once, with the problems found on the way. */
    private static final class RowReader {
        private final SheetTable.Row row;
        private final Layout layout;
        private final Map<RosterField, Integer> columns;
        private final Lookup lookup;
        private final List<ImportProblem> problems = new ArrayList<>();

        RowReader(SheetTable.Row row, Layout layout, Map<RosterField, Integer> columns, Lookup lookup) {
            this.row = row;
            this.layout = layout;
            this.columns = columns;
            this.lookup = lookup;
        }

        RosterRow read() {
            for (Integer column : columns.values()) {
                SheetCell cell = row.cell(column);
                if (cell != null && cell.formula()) {
                    problem(column, "amparo.import.formula", cell.text(), null);
                }
            }
            String family = text(RosterField.FAMILY_NAME);
            String given = text(RosterField.GIVEN_NAMES);
            String full = text(RosterField.FULL_NAME);
            if (family == null && full != null) {
                String[] split = RosterValues.splitFullName(full);
                family = split[0].isEmpty() ? null : split[0];
                given = given != null ? given : split[1].isEmpty() ? null : split[1];
            }
            family = family == null ? null : RosterValues.name(family);
            given = given == null ? null : RosterValues.name(given);
            if (family == null) {
                Integer column = columns.getOrDefault(RosterField.FAMILY_NAME, columns.get(RosterField.FULL_NAME));
                problem(column, "amparo.validation.required", "", null);
            }
            tooLong(RosterField.FAMILY_NAME, family);
            tooLong(RosterField.GIVEN_NAMES, given);
            LocalDate today = lookup.today();
            LocalDate born = date(RosterField.DATE_OF_BIRTH);
            if (born != null && !born.isBefore(today)) {
                problem(columns.get(RosterField.DATE_OF_BIRTH), "amparo.import.roster.future", cellText(RosterField.DATE_OF_BIRTH), null);
            }
            ANumber aNumber = null;
            String aText = text(RosterField.A_NUMBER);
            if (aText != null) {
                if (ANumber.isValid(aText)) {
                    aNumber = ANumber.parse(aText);
                } else {
                    problem(columns.get(RosterField.A_NUMBER), "amparo.import.roster.aNumber", aText, null);
                }
            }
            String booking = text(RosterField.BOOKING_NUMBER);
            tooLong(RosterField.BOOKING_NUMBER, booking);
            LocalDateTime bookedAt = dateTime(RosterField.BOOKED_AT);
            notFuture(RosterField.BOOKED_AT, bookedAt == null ? null : bookedAt.toLocalDate(), today);
            LocalDateTime release = dateTime(RosterField.SCHEDULED_RELEASE);
            if (bookedAt != null && release != null && release.isBefore(bookedAt)) {
                problem(columns.get(RosterField.SCHEDULED_RELEASE), "amparo.validation.beforeBooking", cellText(RosterField.SCHEDULED_RELEASE), null);
            }
            Long facility = facility();
            LocalDate arrested = date(RosterField.ARRESTED_ON);
            notFuture(RosterField.ARRESTED_ON, arrested, today);
            String agency = text(RosterField.ARRESTING_AGENCY);
            tooLong(RosterField.ARRESTING_AGENCY, agency);

            String charge = text(RosterField.CHARGE);
            tooLong(RosterField.CHARGE, charge);
            String levelText = text(RosterField.CHARGE_LEVEL);
            OffenseLevel level = levelText == null ? null : RosterValues.level(levelText).orElse(null);
            if (levelText != null && level == null) {
                problem(columns.get(RosterField.CHARGE_LEVEL), "amparo.import.unknownValue", levelText, null);
            }
            String categoryText = text(RosterField.CHARGE_CATEGORY);
            OffenseCategory category = categoryText == null ? null : RosterValues.category(categoryText).orElse(null);
            if (categoryText != null && category == null) {
                problem(columns.get(RosterField.CHARGE_CATEGORY), "amparo.import.unknownValue", categoryText, null);
            }
            String dispositionText = text(RosterField.DISPOSITION);
            Disposition disposition = dispositionText == null ? null : RosterValues.disposition(dispositionText).orElse(null);
            if (dispositionText != null && disposition == null) {
                problem(columns.get(RosterField.DISPOSITION), "amparo.import.unknownValue", dispositionText, null);
            }
            LocalDate disposedOn = date(RosterField.DISPOSITION_DATE);
            notFuture(RosterField.DISPOSITION_DATE, disposedOn, today);
            Integer sentence = wholeNumber(RosterField.SENTENCE_DAYS);
            boolean hasCharge = charge != null || levelText != null;
            if (hasCharge) {
                if (levelText == null) {
                    problem(columns.getOrDefault(RosterField.CHARGE_LEVEL, columns.get(RosterField.CHARGE)),
                            "amparo.import.roster.level", "", null);
                }
                category = category != null ? category : RosterValues.inferCategory(charge);
                disposition = disposition != null ? disposition : Disposition.PENDING;
                if (disposition == Disposition.CONVICTED && disposedOn == null) {
                    problem(columns.getOrDefault(RosterField.DISPOSITION_DATE, columns.get(RosterField.DISPOSITION)),
                            "amparo.validation.dispositionDate", "", null);
                }
                LocalDate arrestDay = arrested != null ? arrested : bookedAt == null ? null : bookedAt.toLocalDate();
                if (disposedOn != null && arrestDay != null && disposedOn.isBefore(arrestDay)) {
                    problem(columns.get(RosterField.DISPOSITION_DATE), "amparo.validation.beforeArrest", cellText(RosterField.DISPOSITION_DATE), null);
                }
                if (born != null && arrestDay != null && arrestDay.isBefore(born)) {
                    RosterField field = arrested != null ? RosterField.ARRESTED_ON : RosterField.BOOKED_AT;
                    problem(columns.get(field), "amparo.import.roster.beforeBirth", cellText(field), null);
                }
            } else if (dispositionText != null || disposedOn != null || sentence != null) {
                problem(columns.get(RosterField.CHARGE), "amparo.import.roster.noCharge", "", null);
            }

            String holdForm = null;
            String holdText = text(RosterField.ICE_HOLD);
            LocalDateTime holdIssued = dateTime(RosterField.HOLD_ISSUED_AT);
            notFuture(RosterField.HOLD_ISSUED_AT, holdIssued == null ? null : holdIssued.toLocalDate(), today);
            Optional<Optional<String>> form = holdText == null
                    ? Optional.of(holdIssued == null ? Optional.empty() : Optional.of(RosterValues.DEFAULT_HOLD_FORM))
                    : RosterValues.holdForm(holdText);
            if (form.isEmpty() || form.get().filter(code -> !lookup.knownForm(code)).isPresent()) {
                problem(columns.get(RosterField.ICE_HOLD), "amparo.import.unknownValue", holdText, null);
            } else if (form.get().isPresent()) {
                holdForm = form.get().get();
                holdIssued = holdIssued != null ? holdIssued : bookedAt;
                if (holdIssued == null) {
                    problem(columns.getOrDefault(RosterField.HOLD_ISSUED_AT, columns.get(RosterField.ICE_HOLD)),
                            "amparo.import.roster.holdDate", "", null);
                }
            }
            org.amparo.rules.detainer.AdministrativeWarrant warrant = null;
            String warrantText = text(RosterField.HOLD_WARRANT);
            Optional<Optional<org.amparo.rules.detainer.AdministrativeWarrant>> warrantRead = RosterValues.holdWarrant(warrantText);
            if (warrantRead.isEmpty()) {
                problem(columns.get(RosterField.HOLD_WARRANT), "amparo.import.unknownValue", warrantText, null);
            } else if (holdForm != null) {
                warrant = warrantRead.get().orElse(null);
            }
            String caller = text(RosterField.CALLER_NAME);
            String relation = text(RosterField.CALLER_RELATION);
            String contact = text(RosterField.CALLER_CONTACT);
            tooLong(RosterField.CALLER_NAME, caller);
            tooLong(RosterField.CALLER_RELATION, relation);
            tooLong(RosterField.CALLER_CONTACT, contact);
            return new RosterRow(row.number() + 1, family, given, born, aNumber, booking, bookedAt, facility, release,
                    arrested, agency, charge, level, category, hasCharge ? disposition : null, disposedOn, sentence,
                    holdForm, holdForm == null ? null : holdIssued, warrant, caller, relation, contact);
        }

        private Long facility() {
            String name = text(RosterField.FACILITY);
            if (name == null) {
                if (lookup.defaultFacility() == null) {
                    problem(columns.get(RosterField.FACILITY), "amparo.import.roster.noFacility", "", null);
                }
                return lookup.defaultFacility();
            }
            Optional<Long> found = lookup.facility(name);
            if (found.isEmpty()) {
                problem(columns.get(RosterField.FACILITY), "amparo.import.roster.unknownFacility", name, null);
            }
            return found.orElse(null);
        }

        private String text(RosterField field) {
            Integer column = columns.get(field);
            if (column == null) {
                return null;
            }
            String text = row.text(column); // already trimmed, spaces collapsed, by the reader
            return text.isEmpty() ? null : text;
        }

        private String cellText(RosterField field) {
            String text = text(field);
            return text == null ? "" : text;
        }

        private LocalDate date(RosterField field) {
            Integer column = columns.get(field);
            if (column == null || text(field) == null) {
                return null;
            }
            Optional<LocalDate> date = CellValues.date(row.cell(column));
            if (date.isEmpty()) {
                problem(column, "amparo.import.notADate", text(field), null);
            } else if (!PlausibleDates.allows(date.get())) {
                problem(column, "amparo.import.dateRange", text(field), null);
                return null;
            }
            return date.orElse(null);
        }

        private LocalDateTime dateTime(RosterField field) {
            Integer column = columns.get(field);
            if (column == null || text(field) == null) {
                return null;
            }
            Optional<LocalDateTime> at = CellValues.dateTime(row.cell(column));
            if (at.isEmpty()) {
                problem(column, "amparo.import.notADate", text(field), null);
            } else if (!PlausibleDates.allows(at.get())) {
                problem(column, "amparo.import.dateRange", text(field), null);
                return null;
            }
            return at.orElse(null);
        }

        private Integer wholeNumber(RosterField field) {
            Integer column = columns.get(field);
            if (column == null || text(field) == null) {
                return null;
            }
            Optional<Double> n = CellValues.number(row.cell(column));
            if (n.isEmpty() || n.get() < 0 || n.get() != Math.rint(n.get()) || n.get() > 36_500 * 3) {
                problem(column, "amparo.import.notANumber", text(field), null);
                return null;
            }
            return n.get().intValue();
        }

        private void notFuture(RosterField field, LocalDate day, LocalDate today) {
            if (day != null && day.isAfter(today)) {
                problem(columns.get(field), "amparo.import.roster.future", cellText(field), null);
            }
        }

        private void tooLong(RosterField field, String value) {
            Integer max = MAX_LENGTH.get(field);
            if (value != null && max != null && value.length() > max) {
                Integer column = columns.get(field);
                problem(column != null ? column : columns.get(RosterField.FULL_NAME), "amparo.import.roster.tooLong",
                        value.substring(0, Math.min(value.length(), 60)), String.valueOf(max));
            }
        }

        private void problem(Integer column, String key, String value, String detail) {
            String cell = column == null ? "" : row.address(column);
            String field = column == null ? "" : layout.label(column);
            problems.add(new ImportProblem(row.number() + 1, cell, field, key, value == null ? "" : value, detail));
        }
    }
}
