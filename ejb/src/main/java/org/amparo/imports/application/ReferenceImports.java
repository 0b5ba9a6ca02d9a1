package org.amparo.imports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.domain.FileDate;
import org.amparo.imports.infrastructure.IceFiles;
import org.amparo.imports.infrastructure.ImportNote;
import org.amparo.imports.infrastructure.UnreadableFileException;
import org.amparo.reference.domain.Agreement287g;
import org.amparo.reference.domain.Agreements287g;
import org.amparo.reference.domain.AgencyType;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IceListing;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.reference.domain.ReferenceImport;
import org.amparo.reference.domain.ReferenceImportLog;
import org.amparo.reference.domain.UsStates;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.UnitOfWork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Importing ICE's reference files (admin): the 287(g) list into jurisdictions and agreements, the Detention Statistics'
 * facilities into facilities, whatever the layout (recognised by its headings, see {@link IceFiles}). A preview runs
 * the whole import and rolls it back, so its counts are exact; a commit changes everything or nothing. A newer file
 * updates and adds, and ends what it no longer lists; a file older than the last one imported of its kind, or one
 * that cannot be dated, is imported as history only: recorded with its date, changing no current fact. Rows with
 * problems stop the commit unless the admin chooses to skip them.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReferenceImports {

    /** Reference files are small; a bigger sheet is a wrong or hostile file. */
    public static final int MAX_ROWS = 100_000;
    private static final Pattern COUNTY_IN_NAME = Pattern.compile("^(.+? (County|Parish|Borough))\\b.*", Pattern.CASE_INSENSITIVE);

    @Inject
    ReferenceImportLog imports;

    @Inject
    Agreements287g agreements;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Facilities facilities;

    @Inject
    UnitOfWork work;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** What importing the file would do; nothing is kept. */
    public ImportReport preview(ReferenceImport.Kind kind, String fileName, byte[] content) {
        ImportReport report = run(kind, fileName, content, true);
        session.setRollbackOnly();
        return report;
    }

    /**
     * Imports the file: all of it, or nothing when a row has a problem and {@code skipBadRows} is false. An older file
     * than the last one imported of its kind, or a file that cannot be dated, is imported as history only: it is
     * recorded, and no current fact changes.
     *
     * @throws InvalidInputException naming the file when it cannot be read, or has bad rows
     */
    public ImportReport commit(ReferenceImport.Kind kind, String fileName, byte[] content, boolean skipBadRows) {
        ImportReport report = run(kind, fileName, content, skipBadRows);
        if (report.problemCount() > 0 && !skipBadRows) {
            throw validation.invalid("file", "amparo.import.badRows", report.problemCount());
        }
        ReferenceImport record = new ReferenceImport(report.kind(), safeName(fileName), org.amparo.shared.domain.Digests.sha256(content),
                report.asOf(), Instant.now(clock), session.getCallerPrincipal().getName(), report.rows(), report.added(),
                report.updated(), report.ended(), report.problemCount(), report.datedBySource(), report.historyOnly());
        imports.add(record);
        work.flush();
        audit.record("reference.imported", "ReferenceImport", record.getId(), "kind=" + report.kind() + " rows=" + report.rows()
                + " added=" + report.added() + " updated=" + report.updated() + " ended=" + report.ended()
                + " skipped=" + report.problemCount() + " historyOnly=" + report.historyOnly());
        return report.asCommitted();
    }

    /** The rows' problems as an XLSX the admin can fix the file from. */
    public byte[] problemsWorkbook(ReferenceImport.Kind kind, String fileName, byte[] content) {
        ImportReport report = run(kind, fileName, content, true);
        session.setRollbackOnly();
        Map<String, String> about = new LinkedHashMap<>();
        about.put("File", safeName(fileName));
        about.put("Import", report.kind().name());
        about.put("Problems", String.valueOf(report.problemCount()));
        return ImportProblems.workbook(report.problems(), about);
    }

    /** The imports so far, newest first. */
    public List<ReferenceImport> history() {
        return imports.latest(100);
    }

    private ImportReport run(ReferenceImport.Kind chosen, String fileName, byte[] content, boolean skipBadRows) {
        if (chosen == null) {
            throw validation.invalid("kind", "amparo.validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        IceFiles.IceFile file;
        try {
            file = IceFiles.read(chosen.is287g() ? IceFiles.Family.ICE_287G : IceFiles.Family.ICE_FACILITIES, fileName,
                    content, MAX_ROWS, today);
        } catch (UnreadableFileException e) {
            throw validation.invalid("file", e.key(), e.args());
        }
        ReferenceImport.Kind kind = !chosen.is287g() ? ReferenceImport.Kind.ICE_FACILITIES
                : file.agreements().layout() == Ice287gList.Layout.PENDING ? ReferenceImport.Kind.ICE_287G_PENDING
                : ReferenceImport.Kind.ICE_287G;
        FileDate date = file.date();
        LocalDate last = imports.lastAsOf(kind).orElse(null);
        boolean older = date.dated() && last != null && date.asOf().isBefore(last);
        boolean historyOnly = !date.dated() || older;
        LocalDate asOf = date.dated() ? date.asOf() : today;

        List<ImportNote> notes = new ArrayList<>();
        for (String ignored : date.ignored()) {
            notes.add(ImportNote.of("amparo.import.note.futureDate", ignored));
        }
        if (older) {
            notes.add(ImportNote.of("amparo.import.note.older", asOf, last));
        } else if (!date.dated()) {
            notes.add(ImportNote.of("amparo.import.note.undated"));
        }
        if (kind == ReferenceImport.Kind.ICE_287G_PENDING) {
            notes.add(ImportNote.of("amparo.import.note.pending"));
        }
        if (file.facilities() != null && file.facilities().layout() == IceFacilityList.Layout.FACILITY_LISTING) {
            notes.add(ImportNote.of("amparo.import.note.listing"));
        }
        notes.addAll(file.notes());
        Counts counts;
        if (historyOnly) {
            counts = new Counts(0, 0, file.rowCount(), 0);
        } else if (file.agreements() != null) {
            counts = file.agreements().layout() == Ice287gList.Layout.PENDING
                    ? applyPending(file.agreements(), asOf, notes) : apply287g(file.agreements(), asOf);
        } else {
            counts = applyFacilities(file.facilities(), asOf);
        }
        String layout = validation.message("amparo.import.layout." + (file.agreements() != null ? file.agreements().layout()
                : file.facilities().layout()), file.sheetName(), file.headerRow());
        String datedBy = validation.message("amparo.import.dated." + date.source(), date.evidence(),
                String.valueOf(date.fiscalYearStart()), String.valueOf(date.fiscalYearEnd()));
        List<ImportReport.Problem> worded = ImportProblems.worded(file.problems(), validation);
        List<String> notesWorded = notes.stream().map(n -> validation.message(n.key(), n.args().toArray())).toList();
        return new ImportReport(kind, safeName(fileName), asOf, file.rowCount(), counts.added(), counts.updated(),
                counts.unchanged(), counts.ended(), file.problems().size(), worded, file.sample(), false, layout,
                date.source().name(), datedBy, historyOnly, notesWorded);
    }

    private record Counts(int added, int updated, int unchanged, int ended) {
    }

    private Counts apply287g(Ice287gList.Parsed parsed, LocalDate asOf) {
        Map<String, Agreement287g> existing = existingAgreements();
        Map<String, Jurisdiction> known = knownJurisdictions();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Ice287gList.Row row : parsed.rows()) {
            Agreement287g a = existing.remove(key(row.stateCode(), row.agency(), row.supportType().name()));
            if (a == null) {
                a = new Agreement287g(jurisdiction(known, row), row.stateCode(), row.agency(), row.supportType(), asOf);
                a.listed(row.type(), row.county(), row.signedOn(), row.moaUrl(), row.addendumUrl(), asOf);
                agreements.add(a);
                added++;
            } else if (a.listed(row.type(), row.county(), row.signedOn(), row.moaUrl(), row.addendumUrl(), asOf)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        int ended = 0;
        for (Agreement287g gone : existing.values()) {
            // a pending agreement is on ICE's other list: the participating list does not end it
            if (gone.isActive() && !gone.isPending()) {
                gone.endOn(asOf);
                ended++;
            }
        }
        work.flush();
        return new Counts(added, updated, unchanged, ended);
    }

    /** A list of pending agreements: adds and updates pending ones, ends the pending ones it no longer has; signed ones stay. */
    private Counts applyPending(Ice287gList.Parsed parsed, LocalDate asOf, List<ImportNote> notes) {
        Map<String, Agreement287g> existing = existingAgreements();
        Map<String, Jurisdiction> known = knownJurisdictions();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Integer> signed = new ArrayList<>();
        for (Ice287gList.Row row : parsed.rows()) {
            Agreement287g a = existing.remove(key(row.stateCode(), row.agency(), row.supportType().name()));
            if (a == null) {
                agreements.add(Agreement287g.pending(jurisdiction(known, row), row.stateCode(), row.agency(), row.supportType(),
                        row.type(), row.county(), asOf));
                added++;
            } else if (!a.isPending()) {
                signed.add(row.row());
                unchanged++;
            } else if (a.listedAsPending(row.type(), row.county(), asOf)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        int ended = 0;
        for (Agreement287g gone : existing.values()) {
            if (gone.isActive() && gone.isPending()) {
                gone.endOn(asOf);
                ended++;
            }
        }
        if (!signed.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.alreadySigned", signed.size(), ImportNote.rows(signed)));
        }
        work.flush();
        return new Counts(added, updated, unchanged, ended);
    }

    private Map<String, Agreement287g> existingAgreements() {
        Map<String, Agreement287g> existing = new HashMap<>();
        for (Agreement287g a : agreements.allWithJurisdiction()) {
            existing.put(key(a.getStateCode(), a.getAgency(), a.getSupportType().name()), a);
        }
        return existing;
    }

    private Map<String, Jurisdiction> knownJurisdictions() {
        Map<String, Jurisdiction> known = new HashMap<>();
        for (Jurisdiction j : jurisdictions.all()) {
            known.put(key(j.getStateCode(), j.getLevel().name(), j.getName()), j);
        }
        return known;
    }

    /** The agency's jurisdiction: its county, its city (the agency itself) or its state; created when new. */
    private Jurisdiction jurisdiction(Map<String, Jurisdiction> known, Ice287gList.Row row) {
        AgencyType type = row.type();
        JurisdictionLevel level = type.level();
        String name = switch (type) {
            case COUNTY -> {
                if (row.county() != null) {
                    yield row.county();
                }
                Matcher m = COUNTY_IN_NAME.matcher(row.agency());
                yield m.matches() ? m.group(1) : row.agency();
            }
            case MUNICIPALITY -> row.agency();
            case STATE, STATE_AGENCY -> titleCase(UsStates.name(row.stateCode()));
        };
        name = name.length() > 150 ? name.substring(0, 150) : name;
        String key = key(row.stateCode(), level.name(), name);
        Jurisdiction j = known.get(key);
        if (j == null) {
            j = new Jurisdiction(name, level, row.stateCode(), DetainerPolicy.NONE);
            jurisdictions.add(j);
            known.put(key, j);
        }
        return j;
    }

    /**
     * The facilities of one of ICE's facility files. The Detention Statistics list every facility with a population
     * that year, so a facility they no longer list is ended; another listing (the over-72-hour list) adds and updates
     * only. A facility is known by its detention-location code when both have one, else by its name and state.
     */
    private Counts applyFacilities(IceFacilityList.Parsed parsed, LocalDate asOf) {
        Map<String, Facility> existing = new HashMap<>();
        Map<String, Facility> byDetentionLocation = new HashMap<>();
        for (Facility f : facilities.all()) {
            existing.putIfAbsent(key(String.valueOf(f.getStateCode()), f.getName(), ""), f);
            if (f.getIceDetentionLocation() != null) {
                byDetentionLocation.putIfAbsent(f.getIceDetentionLocation().toUpperCase(Locale.ROOT), f);
            }
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        java.util.Set<Facility> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (IceFacilityList.Row row : parsed.rows()) {
            Facility f = row.detentionLocation() == null ? null : byDetentionLocation.get(row.detentionLocation().toUpperCase(Locale.ROOT));
            if (f == null) {
                f = existing.get(key(String.valueOf(row.stateCode()), row.name(), ""));
            }
            BigDecimal adp = row.averageDailyPopulation() == null ? null
                    : BigDecimal.valueOf(row.averageDailyPopulation()).setScale(2, RoundingMode.HALF_UP);
            IceListing listing = new IceListing(row.address(), row.city(), row.zip(), row.aor(), row.typeDetailed(),
                    row.guaranteedMinimum(), adp, row.detentionLocation(), row.perDiem(), parsed.facts());
            if (f == null || listed.contains(f)) {
                f = new Facility(row.name(), facilityType(row.typeDetailed()), row.city(), row.stateCode(),
                        UsStates.zone(row.stateCode()), null);
                f.listedByIce(listing, asOf);
                facilities.add(f);
                added++;
            } else if (f.listedByIce(listing, asOf)) {
                updated++;
            } else {
                unchanged++;
            }
            listed.add(f);
        }
        int ended = 0;
        if (parsed.layout() == IceFacilityList.Layout.DETENTION_STATISTICS) {
            for (Facility gone : facilities.all()) {
                if (!listed.contains(gone) && gone.getIceLastListed() != null && gone.getIceEndedOn() == null) {
                    gone.notListedByIce(asOf);
                    ended++;
                }
            }
        }
        work.flush();
        return new Counts(added, updated, unchanged, ended);
    }

    /** ICE's contract types, to the kind of place the case file shows. */
    static FacilityType facilityType(String iceType) {
        return switch (iceType) {
            case "IGSA", "DIGSA", "USMS IGA" -> FacilityType.LOCAL_JAIL;
            case "STATE" -> FacilityType.STATE_PRISON;
            case "CDF", "SPC", "USMS CDF", "FAMILY", "STAGING", "DOD" -> FacilityType.ICE_DETENTION;
            default -> FacilityType.OTHER;
        };
    }

    private static String key(String state, String a, String b) {
        return state + "|" + a.toUpperCase(Locale.ROOT) + "|" + b.toUpperCase(Locale.ROOT);
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
