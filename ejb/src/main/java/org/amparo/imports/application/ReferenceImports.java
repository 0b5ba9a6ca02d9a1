package org.amparo.imports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.imports.infrastructure.UnreadableFileException;
import org.amparo.reference.domain.Agreement287g;
import org.amparo.reference.domain.Agreements287g;
import org.amparo.reference.domain.AgencyType;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
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
 * facilities into facilities. A preview runs the whole import and rolls it back, so its counts are exact; a commit
 * changes everything or nothing. A newer file updates and adds, and ends what it no longer lists; an older file than
 * the last one imported is refused. Rows with problems stop the commit unless the admin chooses to skip them.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReferenceImports {

    /** Reference files are small; a bigger sheet is a wrong or hostile file. */
    public static final int MAX_ROWS = 100_000;
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
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
     * Imports the file: all of it, or nothing when a row has a problem and {@code skipBadRows} is false.
     *
     * @throws InvalidInputException naming the file when it cannot be read, is older than the last import, or has bad rows
     */
    public ImportReport commit(ReferenceImport.Kind kind, String fileName, byte[] content, boolean skipBadRows) {
        ImportReport report = run(kind, fileName, content, skipBadRows);
        if (report.problemCount() > 0 && !skipBadRows) {
            throw validation.invalid("file", "amparo.import.badRows", report.problemCount());
        }
        ReferenceImport record = new ReferenceImport(kind, safeName(fileName), org.amparo.shared.domain.Digests.sha256(content), report.asOf(),
                Instant.now(clock), session.getCallerPrincipal().getName(), report.rows(), report.added(), report.updated(),
                report.ended(), report.problemCount());
        imports.add(record);
        work.flush();
        audit.record("reference.imported", "ReferenceImport", record.getId(), "kind=" + kind + " rows=" + report.rows()
                + " added=" + report.added() + " updated=" + report.updated() + " ended=" + report.ended()
                + " skipped=" + report.problemCount());
        return new ImportReport(kind, report.fileName(), report.asOf(), report.rows(), report.added(), report.updated(),
                report.unchanged(), report.ended(), report.problemCount(), report.problems(), report.sample(), true);
    }

    /** The rows' problems as an XLSX the admin can fix the file from. */
    public byte[] problemsWorkbook(ReferenceImport.Kind kind, String fileName, byte[] content) {
        ImportReport report = run(kind, fileName, content, true);
        session.setRollbackOnly();
        Map<String, String> about = new LinkedHashMap<>();
        about.put("File", safeName(fileName));
        about.put("Import", kind.name());
        about.put("Problems", String.valueOf(report.problemCount()));
        return ImportProblems.workbook(report.problems(), about);
    }

    /** The imports so far, newest first. */
    public List<ReferenceImport> history() {
        return imports.latest(100);
    }

    private ImportReport run(ReferenceImport.Kind kind, String fileName, byte[] content, boolean skipBadRows) {
        if (kind == null) {
            throw validation.invalid("kind", "amparo.validation.required");
        }
        LocalDate asOf = asOf(fileName);
        LocalDate last = imports.lastAsOf(kind).orElse(null);
        if (last != null && asOf.isBefore(last)) {
            throw validation.invalid("file", "amparo.import.older", asOf, last);
        }
        SheetTable table;
        try {
            table = new SpreadsheetReader(MAX_ROWS).read(content, kind == ReferenceImport.Kind.ICE_FACILITIES ? "Facilities" : null);
            return switch (kind) {
                case ICE_287G -> apply287g(Ice287gList.parse(table), fileName, asOf, table);
                case ICE_FACILITIES -> applyFacilities(IceFacilityList.parse(table), fileName, asOf, table);
            };
        } catch (UnreadableFileException e) {
            throw validation.invalid("file", e.key(), e.args());
        }
    }

    private ImportReport apply287g(Ice287gList.Parsed parsed, String fileName, LocalDate asOf, SheetTable table) {
        Map<String, Agreement287g> existing = new HashMap<>();
        for (Agreement287g a : agreements.allWithJurisdiction()) {
            existing.put(key(a.getStateCode(), a.getAgency(), a.getSupportType().name()), a);
        }
        Map<String, Jurisdiction> known = new HashMap<>();
        for (Jurisdiction j : jurisdictions.all()) {
            known.put(key(j.getStateCode(), j.getLevel().name(), j.getName()), j);
        }
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
            if (gone.isActive()) {
                gone.endOn(asOf);
                ended++;
            }
        }
        work.flush();
        return report(ReferenceImport.Kind.ICE_287G, fileName, asOf, parsed.rows().size(), added, updated, unchanged, ended,
                parsed.problems(), table);
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

    private ImportReport applyFacilities(IceFacilityList.Parsed parsed, String fileName, LocalDate asOf, SheetTable table) {
        Map<String, Facility> existing = new HashMap<>();
        for (Facility f : facilities.all()) {
            existing.putIfAbsent(key(String.valueOf(f.getStateCode()), f.getName(), ""), f);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Facility> listed = new ArrayList<>();
        for (IceFacilityList.Row row : parsed.rows()) {
            Facility f = existing.remove(key(String.valueOf(row.stateCode()), row.name(), ""));
            BigDecimal adp = row.averageDailyPopulation() == null ? null
                    : BigDecimal.valueOf(row.averageDailyPopulation()).setScale(2, RoundingMode.HALF_UP);
            if (f == null) {
                f = new Facility(row.name(), facilityType(row.typeDetailed()), row.city(), row.stateCode(),
                        UsStates.zone(row.stateCode()), null);
                f.listedByIce(row.address(), row.city(), row.zip(), row.aor(), row.typeDetailed(), row.guaranteedMinimum(), adp, asOf);
                facilities.add(f);
                added++;
            } else if (f.listedByIce(row.address(), row.city(), row.zip(), row.aor(), row.typeDetailed(), row.guaranteedMinimum(), adp, asOf)) {
                updated++;
            } else {
                unchanged++;
            }
            listed.add(f);
        }
        int ended = 0;
        for (Facility gone : existing.values()) {
            if (gone.getIceLastListed() != null && gone.getIceEndedOn() == null) {
                gone.notListedByIce(asOf);
                ended++;
            }
        }
        work.flush();
        return report(ReferenceImport.Kind.ICE_FACILITIES, fileName, asOf, parsed.rows().size(), added, updated, unchanged,
                ended, parsed.problems(), table);
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

    private ImportReport report(ReferenceImport.Kind kind, String fileName, LocalDate asOf, int rows, int added, int updated,
                                int unchanged, int ended, List<ImportProblem> problems, SheetTable table) {
        List<ImportReport.Problem> worded = ImportProblems.worded(problems, validation);
        List<List<String>> sample = table.rows().stream().limit(12)
                .map(r -> r.cells().values().stream().map(c -> c.text()).toList()).toList();
        return new ImportReport(kind, safeName(fileName), asOf, rows, added, updated, unchanged, ended, problems.size(),
                worded, sample, false);
    }

    /** The day the file speaks of: ICE names its files with the date (…05182026am.xlsx, …_04092026.xlsx); else today. */
    LocalDate asOf(String fileName) {
        if (fileName != null) {
            Matcher m = FILE_DATE.matcher(fileName);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                } catch (java.time.DateTimeException notADate) {
                    // look further
                }
            }
        }
        return LocalDate.now(clock);
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
