package org.amparo.imports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.imports.domain.ImportLayouts;
import org.amparo.imports.infrastructure.RosterMatching;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.shared.domain.UnitOfWork;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.People;
import org.amparo.cases.application.CaseOpening;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.imports.domain.ImportLayout;
import org.amparo.imports.domain.RosterField;
import org.amparo.imports.domain.RosterGroups;
import org.amparo.imports.domain.RosterRow;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.RosterSheet;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.imports.infrastructure.UnreadableFileException;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.Person;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.Digests;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.SearchText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cases from jail rosters and hotline sheets: rows of bookings with people, charges, dispositions and ICE holds
 * become people, cases, criminal history and ICE requests. People already on file are matched (the A-number; or the
 * name, accents, case and word order aside, with the date of birth) and bookings already on file are found by their
 * booking number, so importing a file twice adds nothing the second time (a closed case gets no new ICE holds: it is
 * not reopened by a roster). A preview reads and plans everything and
 * writes nothing; a commit writes all of it or nothing (or leaves out the rows with problems when the user chooses),
 * opening each new case the way intake does, workflow and screening included.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
@jakarta.interceptor.Interceptors(org.amparo.shared.domain.DomainRules.class)
public class RosterImports {

    /** A roster bigger than this is not one jail's list or one hotline's sheet. */
    public static final int MAX_ROWS = 250_000;
    /** The largest spreadsheet read, in MB, by every import (the pages check it in the browser before sending one). */
    public static final int MAX_MEGABYTES = SpreadsheetReader.MAX_MEGABYTES;
    /** People written between clearing the persistence context: every flush walks what it holds, so keep it small. */
    private static final int BATCH = 25;
    private static final int IN_LIST = 1000;
    private static final int SAMPLE_ROWS = 5;

    @Inject
    RosterMatching matching;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    @Inject
    ImportLayouts layouts;

    @Inject
    Facilities facilities;

    @Inject
    IceDocumentForms forms;

    @Inject
    UnitOfWork work;

    @Inject
    InputValidation validation;

    @Inject
    CaseOpening opening;

    @Inject
    DetentionCases cases;

    @Inject
    People people;

    @Inject
    Arrests arrests;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Told how far a commit is, now and then. */
    @FunctionalInterface
    public interface Progress {
        void rows(int done, int total);
    }

    /** The file's header row and columns, with the mapping remembered for its layout or suggested by its labels. */
    public RosterLayout layout(String fileName, byte[] content) {
        SheetTable table = read(content);
        RosterSheet.Layout layout = RosterSheet.layout(table);
        ImportLayout remembered = layouts.find(layout.signature()).orElse(null);
        Map<Integer, RosterField> mapping = remembered != null ? remembered.mapping() : layout.suggestedMapping();
        List<List<String>> sample = new ArrayList<>();
        for (int i = layout.headerIndex() + 1; i < table.rows().size() && sample.size() < SAMPLE_ROWS; i++) {
            SheetTable.Row row = table.rows().get(i);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < layout.labels().size(); c++) {
                cells.add(row.text(c));
            }
            sample.add(cells);
        }
        return new RosterLayout(layout.signature(), layout.headerRowNumber() + 1, layout.labels(), mapping,
                remembered != null, sample);
    }

    /** What importing the file would do, row problems included; nothing is written. */
    public RosterReport preview(RosterRequest request) {
        Plan plan = plan(request);
        return plan.report(false);
    }

    /**
     * Imports the file in the caller's transaction: everything, or nothing when a row has a problem and
     * {@code skipBadRows} is false. The mapping is remembered for the file's layout.
     *
     * @param progress told how many data rows are done, now and then
     * @throws InvalidInputException naming the field ("file", "mapping", "facilityId") when the import cannot run
     */
    public RosterReport commit(RosterRequest request, boolean skipBadRows, Progress progress) {
        Plan plan = plan(request);
        if (plan.problems.size() > 0 && !skipBadRows) {
            throw validation.invalid("file", "amparo.import.badRows", plan.problems.size());
        }
        String caller = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        rememberLayout(plan, caller, now);
        String how = "import=" + plan.digest.substring(0, 12);
        int done = 0;
        int sinceClear = 0;
        for (PersonPlan p : plan.people) {
            if (p.changesSomething()) {
                write(p, caller, now, how);
            }
            done += p.group.rows().size();
            if (++sinceClear == BATCH) {
                matching.writeAndLetGo();
                sinceClear = 0;
                progress.rows(done, plan.rows);
            }
        }
        work.flush();
        progress.rows(done, plan.rows);
        RosterReport report = plan.report(true);
        audit.record("cases.imported", "RosterImport", null, "sha256=" + plan.digest + " rows=" + report.rows()
                + " newPeople=" + report.newPeople() + " matchedPeople=" + report.matchedPeople() + " newCases="
                + report.newCases() + " matchedCases=" + report.matchedCases() + " charges=" + report.newCharges()
                + " holds=" + report.newHolds() + " otherTeams=" + report.leftWithOtherTeams() + " skipped=" + report.problemCount());
        return report;
    }

    /** The rows' problems as a workbook to fix the file from. */
    public byte[] problemsWorkbook(RosterRequest request) {
        RosterReport report = plan(request).report(false);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("Import", "Cases from a roster");
        about.put("Rows", String.valueOf(report.rows()));
        about.put("Problems", String.valueOf(report.problemCount()));
        return ImportProblems.workbook(report.problems(), about);
    }

    // ---- planning: read, group, match; nothing written ----

    private record BookingPlan(RosterGroups.Booking booking, Long caseId, List<RosterRow> charges, List<RosterRow> holds) {
    }

    /** One person of the file against the file: who they are on file (or null), and what the import adds to them. */
    private record PersonPlan(RosterGroups.Person group, Long personId, boolean addANumber, List<RosterRow> newAliases,
                              List<BookingPlan> bookings, int bookingsLeftToOtherTeams) {

        /** A person on file whose every case another team works: the import leaves them and their bookings as they are. */
        static PersonPlan leftWithOtherTeams(RosterGroups.Person group, long personId) {
            return new PersonPlan(group, personId, false, List.of(), List.of(), group.bookings().size());
        }

        /** Whether importing this person writes anything at all (a person on file with nothing new is left alone). */
        boolean changesSomething() {
            return personId == null || addANumber || !newAliases.isEmpty() || bookings.stream()
                    .anyMatch(b -> b.caseId() == null || !b.charges().isEmpty() || !b.holds().isEmpty());
        }
    }

    private final class Plan {
        final String digest;
        final RosterSheet.Layout layout;
        final Map<Integer, RosterField> mapping;
        final int rows;
        final List<ImportProblem> problems;
        final List<PersonPlan> people = new ArrayList<>();

        Plan(String digest, RosterSheet.Layout layout, Map<Integer, RosterField> mapping, int rows, List<ImportProblem> problems) {
            this.digest = digest;
            this.layout = layout;
            this.mapping = mapping;
            this.rows = rows;
            this.problems = problems;
        }

        RosterReport report(boolean committed) {
            int matchedPeople = (int) people.stream().filter(p -> p.personId() != null).count();
            List<BookingPlan> bookings = people.stream().flatMap(p -> p.bookings().stream()).toList();
            int matchedCases = (int) bookings.stream().filter(b -> b.caseId() != null).count();
            int charges = bookings.stream().mapToInt(b -> b.charges().size()).sum();
            int holds = bookings.stream().mapToInt(b -> b.holds().size()).sum();
            int elsewhere = people.stream().mapToInt(PersonPlan::bookingsLeftToOtherTeams).sum();
            List<ImportReport.Problem> worded = ImportProblems.worded(problems, validation);
            return new RosterReport(rows, people.size() - matchedPeople, matchedPeople, bookings.size() - matchedCases,
                    matchedCases, charges, holds, elsewhere, problems.size(), worded, committed);
        }
    }

    private Plan plan(RosterRequest request) {
        SheetTable table = read(request.content());
        RosterSheet.Layout layout = RosterSheet.layout(table);
        Map<Integer, RosterField> mapping = mapping(request, layout);
        if (request.facilityId() != null && facilities.find(request.facilityId()).isEmpty()) {
            throw validation.invalid("facilityId", "amparo.validation.unknownFacility");
        }
        RosterSheet.Read read = RosterSheet.read(table, layout, mapping, new DatabaseLookup(request.facilityId()));
        RosterGroups.Result groups = RosterGroups.group(read.rows());
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        for (RosterGroups.Conflict conflict : groups.conflicts()) {
            RosterField field = "aNumber".equals(conflict.field()) ? RosterField.A_NUMBER : RosterField.DATE_OF_BIRTH;
            Integer column = mapping.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst().orElse(null);
            problems.add(new ImportProblem(conflict.row(), column == null ? "" : SheetTable.columnName(column) + conflict.row(),
                    column == null ? "" : layout.label(column), "amparo.import.roster.conflict", "", String.valueOf(conflict.earlierRow())));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        Plan plan = new Plan(Digests.sha256(request.content()), layout, mapping, read.rowCount(), problems);
        match(groups.people(), plan);
        return plan;
    }

    private Map<Integer, RosterField> mapping(RosterRequest request, RosterSheet.Layout layout) {
        Map<Integer, RosterField> mapping = request.mapping();
        if (mapping == null) {
            ImportLayout remembered = layouts.find(layout.signature()).orElse(null);
            mapping = remembered != null ? remembered.mapping() : layout.suggestedMapping();
        }
        Set<RosterField> seen = new HashSet<>();
        for (Map.Entry<Integer, RosterField> e : mapping.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= layout.labels().size()) {
                throw validation.invalid("mapping", "amparo.import.roster.noColumn", SheetTable.columnName(Math.max(0, e.getKey())));
            }
            if (!seen.add(e.getValue())) {
                throw validation.invalid("mapping", "amparo.import.roster.twice", e.getValue());
            }
        }
        if (!seen.contains(RosterField.FAMILY_NAME) && !seen.contains(RosterField.FULL_NAME)) {
            throw validation.invalid("mapping", "amparo.import.roster.noName");
        }
        return mapping;
    }

    /** People and bookings already on file, found in batches, then each person of the file planned against them. */
    private void match(List<RosterGroups.Person> people, Plan plan) {
        Map<String, Long> byANumber = new HashMap<>();
        List<String> aNumbers = people.stream().map(RosterGroups.Person::aNumber).filter(a -> a != null).map(ANumber::digits).distinct().toList();
        for (List<String> chunk : chunks(aNumbers)) {
            for (Object[] r : matching.peopleWithANumbers(chunk.stream().map(ANumber::parse).toList())) {
                byANumber.putIfAbsent(((ANumber) r[1]).digits(), (Long) r[0]);
            }
        }
        Map<LocalDate, List<Known>> byBirth = new HashMap<>();
        List<LocalDate> births = people.stream().filter(p -> p.aNumber() == null || !byANumber.containsKey(p.aNumber().digits()))
                .map(RosterGroups.Person::dateOfBirth).filter(d -> d != null).distinct().toList();
        for (List<LocalDate> chunk : chunks(births)) {
            Map<Long, Known> found = new LinkedHashMap<>();
            for (Object[] r : matching.peopleBornOn(chunk)) {
                Known k = new Known((Long) r[0], (ANumber) r[2], new HashSet<>());
                k.names.add(RosterRow.nameKey((String) r[3], (String) r[4]));
                found.put(k.id, k);
                byBirth.computeIfAbsent((LocalDate) r[1], d -> new ArrayList<>()).add(k);
            }
            for (Object[] r : matching.aliasesOfPeopleBornOn(chunk)) {
                Optional.ofNullable(found.get((Long) r[0])).ifPresent(k -> k.names.add(RosterRow.nameKey((String) r[1], (String) r[2])));
            }
        }
        Map<RosterGroups.Person, Long> matched = new LinkedHashMap<>();
        for (RosterGroups.Person p : people) {
            Long id = p.aNumber() == null ? null : byANumber.get(p.aNumber().digits());
            if (id == null && p.dateOfBirth() != null) {
                Set<String> names = new HashSet<>();
                p.rows().forEach(r -> names.add(r.nameKey()));
                id = byBirth.getOrDefault(p.dateOfBirth(), List.of()).stream()
                        .filter(k -> k.aNumber == null || p.aNumber() == null || k.aNumber.equals(p.aNumber()))
                        .filter(k -> k.names.stream().anyMatch(names::contains))
                        .map(Known::id).findFirst().orElse(null);
            }
            matched.put(p, id);
        }
        OnFile onFile = onFile(matched.values().stream().filter(id -> id != null).distinct().toList());
        Set<Long> workable = workable(onFile);
        for (Map.Entry<RosterGroups.Person, Long> e : matched.entrySet()) {
            Long personId = e.getValue();
            List<CaseOnFile> theirCases = personId == null ? List.of() : onFile.cases().getOrDefault(personId, List.of());
            if (!theirCases.isEmpty() && theirCases.stream().noneMatch(c -> workable.contains(c.id()))) {
                // Per-case access: another team's person is not the importer's to change (charges, aliases, cases).
                plan.people.add(PersonPlan.leftWithOtherTeams(e.getKey(), personId));
            } else {
                plan.people.add(planPerson(e.getKey(), personId, onFile, workable, plan));
            }
        }
        plan.problems.sort(Comparator.comparingInt(ImportProblem::row));
    }

    private record Known(Long id, ANumber aNumber, Set<String> names) {
    }

    private record CaseOnFile(long id, long personId, String bookingNumber, CaseStatus status) {
    }

    private record OnFile(Map<Long, List<CaseOnFile>> cases, Map<Long, Set<String>> charges, Map<Long, Set<String>> holds,
                          Map<Long, Boolean> hasANumber, Map<Long, Set<String>> names, Map<Long, LocalDate> born) {
    }

    /** The cases on file the importer may work ({@link org.amparo.cases.application.CaseAccess}), asked in batches. */
    private Set<Long> workable(OnFile onFile) {
        List<Long> caseIds = onFile.cases().values().stream().flatMap(List::stream).map(CaseOnFile::id).distinct().toList();
        Set<Long> workable = new HashSet<>();
        for (List<Long> chunk : chunks(caseIds)) {
            workable.addAll(access.workable(chunk));
        }
        return workable;
    }

    private OnFile onFile(List<Long> personIds) {
        Map<Long, List<CaseOnFile>> cases = new HashMap<>();
        Map<Long, Set<String>> charges = new HashMap<>();
        Map<Long, Set<String>> holds = new HashMap<>();
        Map<Long, Boolean> hasANumber = new HashMap<>();
        Map<Long, Set<String>> names = new HashMap<>();
        Map<Long, LocalDate> born = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            for (Object[] r : matching.people(chunk)) {
                hasANumber.put((Long) r[0], r[1] != null);
                if (r[4] != null) {
                    born.put((Long) r[0], (LocalDate) r[4]);
                }
                names.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add(RosterRow.nameKey((String) r[2], (String) r[3]));
            }
            for (Object[] r : matching.aliasesOf(chunk)) {
                names.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add(RosterRow.nameKey((String) r[1], (String) r[2]));
            }
            List<Long> caseIds = new ArrayList<>();
            for (Object[] r : matching.casesOf(chunk)) {
                CaseOnFile c = new CaseOnFile((Long) r[0], (Long) r[1], (String) r[2], (CaseStatus) r[3]);
                cases.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c);
                caseIds.add(c.id());
            }
            for (Object[] r : matching.chargesOf(chunk)) {
                charges.computeIfAbsent((Long) r[0], k -> new HashSet<>())
                        .add(RosterGroups.chargeKey((LocalDate) r[1], (String) r[2], (org.amparo.people.domain.OffenseLevel) r[3]));
            }
            for (List<Long> caseChunk : chunks(caseIds)) {
                for (Object[] r : matching.holdsOf(caseChunk)) {
                    holds.computeIfAbsent((Long) r[0], k -> new HashSet<>())
                            .add(RosterGroups.holdKey((String) r[1], (LocalDateTime) r[2]));
                }
            }
        }
        return new OnFile(cases, charges, holds, hasANumber, names, born);
    }

    private PersonPlan planPerson(RosterGroups.Person group, Long personId, OnFile onFile, Set<Long> workable, Plan plan) {
        // Nothing is recorded before a person's birth: the birth on file for a person on file, else the file's.
        LocalDate born = personId != null ? onFile.born().get(personId) : group.dateOfBirth();
        Set<String> chargesKnown = new HashSet<>(personId == null ? Set.of() : onFile.charges().getOrDefault(personId, Set.of()));
        List<CaseOnFile> cases = personId == null ? List.of() : onFile.cases().getOrDefault(personId, List.of());
        List<BookingPlan> bookings = new ArrayList<>();
        int leftToOtherTeams = 0;
        for (RosterGroups.Booking booking : group.bookings()) {
            CaseOnFile existing = booking.bookingNumber() != null
                    ? cases.stream().filter(c -> booking.bookingNumber().equalsIgnoreCase(c.bookingNumber())).findFirst().orElse(null)
                    : cases.stream().filter(c -> c.status() == CaseStatus.OPEN && workable.contains(c.id())).findFirst().orElse(null);
            if (existing != null && !workable.contains(existing.id())) {
                leftToOtherTeams++; // a booking of another team's case: not the importer's to change
                continue;
            }
            Set<String> holdsKnown = new HashSet<>(existing == null ? Set.of() : onFile.holds().getOrDefault(existing.id(), Set.of()));
            List<RosterRow> charges = booking.charges().stream()
                    .filter(r -> notBeforeBirth(r, born, plan))
                    .filter(r -> chargesKnown.add(RosterGroups.chargeKey(r.arrestDay(), r.charge(), r.level()))).toList();
            boolean closed = existing != null && existing.status() == CaseStatus.CLOSED;
            List<RosterRow> holds = closed ? List.of() : booking.holds().stream()
                    .filter(r -> holdsKnown.add(RosterGroups.holdKey(r.holdForm(), r.holdIssuedAt()))).toList();
            bookings.add(new BookingPlan(booking, existing == null ? null : existing.id(), charges, holds));
        }
        boolean addANumber = personId != null && group.aNumber() != null && !onFile.hasANumber().getOrDefault(personId, true);
        Set<String> known = new HashSet<>(personId == null ? Set.of(group.first().nameKey()) : onFile.names().getOrDefault(personId, Set.of()));
        List<RosterRow> newAliases = group.rows().stream().filter(r -> known.add(r.nameKey())).toList();
        return new PersonPlan(group, personId, addANumber, newAliases, bookings, leftToOtherTeams);
    }

    /**
     * Whether the row's arrest and disposition follow the person's birth; a row that does not is a problem of its own
     * (the person's birth may come from another row or from the file on record) and its charge is left out.
     */
    private boolean notBeforeBirth(RosterRow r, LocalDate born, Plan plan) {
        if (born == null) {
            return true;
        }
        RosterField field = r.arrestDay() != null && r.arrestDay().isBefore(born)
                ? (r.arrestedOn() != null ? RosterField.ARRESTED_ON : RosterField.BOOKED_AT)
                : r.dispositionDate() != null && r.dispositionDate().isBefore(born) ? RosterField.DISPOSITION_DATE : null;
        if (field == null) {
            return true;
        }
        Integer column = plan.mapping.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        plan.problems.add(new ImportProblem(r.row(), column == null ? "" : SheetTable.columnName(column) + r.row(),
                column == null ? "" : plan.layout.label(column), "amparo.import.roster.beforeBirthOnRecord",
                String.valueOf(field == RosterField.DISPOSITION_DATE ? r.dispositionDate() : r.arrestDay()), born.toString()));
        return false;
    }

    // ---- writing ----

    private void write(PersonPlan plan, String caller, Instant now, String how) {
        RosterGroups.Person group = plan.group();
        Person person;
        if (plan.personId() == null) {
            RosterRow first = group.first();
            person = new Person(first.familyName(), first.givenNames(), group.dateOfBirth(), group.aNumber());
        } else {
            person = people.require(plan.personId());
            if (plan.addANumber()) {
                person.setANumber(group.aNumber());
            }
        }
        for (RosterRow r : plan.newAliases()) {
            person.addAlias(r.familyName(), r.givenNames());
        }
        if (plan.personId() == null || plan.addANumber() || !plan.newAliases().isEmpty()) {
            people.save(person);
        }
        for (BookingPlan b : plan.bookings()) {
            DetentionCase c;
            if (b.caseId() == null) {
                c = new DetentionCase(person, facilities.reference(b.booking().facilityId()), caller, now);
                LocalDateTime bookedAt = b.booking().bookedAt();
                LocalDateTime release = b.booking().scheduledReleaseAt();
                c.recordCustody(b.booking().bookingNumber(), bookedAt, release != null && bookedAt != null && release.isBefore(bookedAt) ? null : release);
                c.recordCaller(b.booking().callerName(), b.booking().callerRelation(), b.booking().callerContact());
            } else {
                c = cases.require(b.caseId());
            }
            addCharges(person, b.charges());
            for (RosterRow hold : b.holds()) {
                org.amparo.cases.domain.Detainer received = c.receiveIceDocument(forms.reference(hold.holdForm()), hold.holdIssuedAt(), null);
                if (hold.holdWarrant() != null) {
                    received.recordAccompanyingWarrant(hold.holdWarrant());
                }
            }
            if (b.caseId() == null) {
                opening.open(c, how);
            } else if (!b.charges().isEmpty() || !b.holds().isEmpty()) {
                cases.save(c);
                audit.record("case.imported", "DetentionCase", c.getId(), how + " charges=" + b.charges().size()
                        + " holds=" + b.holds().size());
            }
        }
    }

    /** Charges join one arrest per day and agency; each gets its disposition. */
    private void addCharges(Person person, List<RosterRow> rows) {
        Map<String, Arrest> byDay = new LinkedHashMap<>();
        for (RosterRow r : rows) {
            Arrest arrest = byDay.computeIfAbsent(r.arrestDay() + "|" + r.arrestingAgency(),
                    k -> new Arrest(person, r.arrestDay(), r.arrestingAgency()));
            Charge charge = arrest.charge(r.charge(), r.level(), r.category());
            if (r.disposition() == Disposition.CONVICTED) {
                charge.convict(r.dispositionDate(), r.sentenceDays() == null ? 0 : r.sentenceDays(), false, false);
            } else if (r.disposition() != Disposition.PENDING) {
                charge.close(r.disposition(), r.dispositionDate());
            }
        }
        arrests.saveAll(byDay.values());
    }

    private void rememberLayout(Plan plan, String caller, Instant now) {
        ImportLayout layout = layouts.find(plan.layout.signature()).orElse(null);
        if (layout == null) {
            layout = new ImportLayout(plan.layout.signature());
            layout.remember(plan.mapping, caller, now);
            layouts.add(layout);
        } else {
            layout.remember(plan.mapping, caller, now);
        }
    }

    /** Facilities by the names rosters give them, and the ICE forms on the reference list. */
    private final class DatabaseLookup implements RosterSheet.Lookup {
        private final Long defaultFacility;
        private final Map<String, List<Long>> facilities = new HashMap<>();
        private final Map<String, Optional<Long>> resolved = new HashMap<>();
        private final Set<String> forms = new HashSet<>();
        private final LocalDate today = LocalDate.now(clock);

        DatabaseLookup(Long defaultFacility) {
            this.defaultFacility = defaultFacility;
            for (Object[] r : matching.facilityNames()) {
                facilities.computeIfAbsent(SearchText.fold((String) r[1]), k -> new ArrayList<>()).add((Long) r[0]);
            }
            forms.addAll(matching.formCodes());
        }

        /** The facility of that name (accents and case aside), else the only one whose name holds it or is held in it. */
        @Override
        public Optional<Long> facility(String name) {
            return resolved.computeIfAbsent(SearchText.fold(name), folded -> {
                List<Long> exact = facilities.get(folded);
                if (exact != null) {
                    return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
                }
                List<Long> partial = facilities.entrySet().stream()
                        .filter(e -> folded.length() >= 4 && (e.getKey().contains(folded) || folded.contains(e.getKey())))
                        .flatMap(e -> e.getValue().stream()).toList();
                return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
            });
        }

        @Override
        public Long defaultFacility() {
            return defaultFacility;
        }

        @Override
        public boolean knownForm(String code) {
            return forms.contains(code);
        }

        @Override
        public LocalDate today() {
            return today;
        }
    }

    private SheetTable read(byte[] content) {
        try {
            return new SpreadsheetReader(MAX_ROWS).read(content, null);
        } catch (UnreadableFileException e) {
            throw validation.invalid("file", e.key(), e.args());
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
