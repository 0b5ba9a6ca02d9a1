package org.amparo.imports.application;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.amparo.audit.application.AuditLog;
import org.amparo.audit.domain.AuditEvent;
import org.amparo.audit.domain.Revision;
import org.amparo.imports.MutatedFiles;
import org.amparo.reference.domain.Agreement287g;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.ReferenceImport;
import org.amparo.reference.infrastructure.JpaAgreements287g;
import org.amparo.reference.infrastructure.JpaFacilities;
import org.amparo.reference.infrastructure.JpaJurisdictions;
import org.amparo.reference.infrastructure.JpaReferenceImportLog;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference imports' use cases over Flyway's schema on H2, without a server: an older file after a newer one is
 * history only and changes no current fact; an undated file too; a 287(g) list that repeats a row commits (no unique
 * key broken); a pending list adds pending agreements and never touches signed ones, and the participating list never
 * ends a pending one. Each test has a database of its own.
 */
class ReferenceImportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static SessionFactory factory;
    private static int databases;

    @BeforeAll
    static void noFactoryYet() {
        factory = null;
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private static void freshDatabase() {
        if (factory != null) {
            factory.close();
        }
        String url = "jdbc:h2:mem:referenceimports" + (++databases) + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        Configuration cfg = new Configuration();
        for (Class<?> entity : List.of(Facility.class, Jurisdiction.class, Agreement287g.class, ReferenceImport.class,
                AuditEvent.class, Revision.class)) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.setProperty("hibernate.connection.url", url);
        cfg.setProperty("hibernate.connection.username", "sa");
        cfg.setProperty("hibernate.connection.password", "sa");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        cfg.setProperty("hibernate.jdbc.time_zone", "UTC");
        cfg.setProperty("jakarta.persistence.validation.mode", "none");
        cfg.setProperty("org.hibernate.envers.audit_table_suffix", "_aud");
        cfg.setProperty("org.hibernate.envers.revision_field_name", "rev");
        cfg.setProperty("org.hibernate.envers.revision_type_field_name", "revtype");
        cfg.setProperty("org.hibernate.envers.do_not_audit_optimistic_locking_field", "false");
        factory = cfg.buildSessionFactory();
    }

    /** The use cases over one persistence context, as the container would wire them. */
    private static ReferenceImports imports(EntityManager em) {
        ReferenceImports imports = new ReferenceImports();
        imports.imports = new JpaReferenceImportLog(em);
        imports.agreements = new JpaAgreements287g(em);
        imports.jurisdictions = new JpaJurisdictions(em);
        imports.facilities = new JpaFacilities(em);
        imports.work = em::flush;
        imports.validation = new InputValidation();
        imports.audit = new AuditLog() {
            @Override
            public void record(String action, String subjectType, Object subjectId, String detail) {
                // the audit trail has tests of its own
            }
        };
        imports.clock = CLOCK;
        Principal admin = () -> "admin";
        imports.session = (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[]{SessionContext.class}, (proxy, method, args) ->
                        "getCallerPrincipal".equals(method.getName()) ? admin : null);
        return imports;
    }

    /** A commit in a transaction of its own. */
    private static ImportReport commit(ReferenceImport.Kind kind, String name, byte[] content) {
        return inTransaction(em -> imports(em).commit(kind, name, content, false), true);
    }

    /** A preview, rolled back as the container does it. */
    private static ImportReport preview(ReferenceImport.Kind kind, String name, byte[] content) {
        return inTransaction(em -> imports(em).preview(kind, name, content), false);
    }

    private static <T> T inTransaction(Function<EntityManager, T> work, boolean commit) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            if (commit) {
                em.getTransaction().commit();
            } else {
                em.getTransaction().rollback();
            }
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** Every current fact of every facility, as text. */
    private static List<String> facilityFacts() {
        return inTransaction(em -> new JpaFacilities(em).all().stream()
                .map(f -> String.join("|", f.getName(), String.valueOf(f.getStateCode()), String.valueOf(f.getCity()),
                        String.valueOf(f.getAddress()), String.valueOf(f.getZip()), String.valueOf(f.getAor()),
                        String.valueOf(f.getIceType()), String.valueOf(f.getGuaranteedMinimum()),
                        String.valueOf(f.getAverageDailyPopulation()), String.valueOf(f.getIceListedSince()),
                        String.valueOf(f.getIceLastListed()), String.valueOf(f.getIceEndedOn()), String.valueOf(f.getVersion())))
                .sorted().toList(), false);
    }

    private static List<String> agreementFacts() {
        return inTransaction(em -> new JpaAgreements287g(em).allWithJurisdiction().stream()
                .map(a -> String.join("|", a.getStateCode(), a.getAgency(), a.getSupportType().name(),
                        String.valueOf(a.getSignedOn()), String.valueOf(a.getEndedOn()), String.valueOf(a.isPending()),
                        String.valueOf(a.getLastListed())))
                .sorted().toList(), false);
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = ReferenceImportsTest.class.getResourceAsStream("/ice/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] shared(String relative) throws Exception {
        Path file = Path.of(System.getProperty("amparo.sharedData", "../../shared/data"), relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }

    private static byte[] sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOlderStatisticsFileAfterANewerOneIsHistoryOnlyAndChangesNoCurrentFact() throws Exception {
        freshDatabase();
        byte[] fy20 = shared("ice-detention-stats/FY20-detentionstats.xlsx");
        ImportReport newer = commit(ReferenceImport.Kind.ICE_FACILITIES, "FY26_detentionStats_04092026.xlsx",
                resource("FY26_detentionStats_04092026.xlsx"));
        assertThat(newer.added()).isEqualTo(203);
        assertThat(newer.historyOnly()).isFalse();
        assertThat(newer.datedBySource()).isEqualTo("FILE_NAME");
        List<String> before = facilityFacts();

        ImportReport preview = preview(ReferenceImport.Kind.ICE_FACILITIES, "FY20-detentionstats.xlsx", fy20);
        assertThat(preview.historyOnly()).isTrue();
        assertThat(preview.asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(preview.datedBySource()).isEqualTo("FISCAL_YEAR_IN_NAME");
        assertThat(preview.dated()).contains("fiscal year", "FY20", "2019-10-01 to 2020-09-30");
        assertThat(preview.added() + preview.updated() + preview.ended()).isZero();
        assertThat(preview.notes()).anySatisfy(n -> assertThat(n).contains("older than the last import", "history only"));

        ImportReport older = commit(ReferenceImport.Kind.ICE_FACILITIES, "FY20-detentionstats.xlsx", fy20);
        assertThat(older.committed()).isTrue();
        assertThat(older.historyOnly()).isTrue();
        assertThat(facilityFacts()).isEqualTo(before);
        List<ReferenceImport> history = inTransaction(em -> new JpaReferenceImportLog(em).latest(10), false);
        assertThat(history).anySatisfy(i -> {
            assertThat(i.getFileName()).isEqualTo("FY20-detentionstats.xlsx");
            assertThat(i.isHistoryOnly()).isTrue();
            assertThat(i.getDatedBy()).isEqualTo("FISCAL_YEAR_IN_NAME");
        });
        // the history-only import moved no date: the newer file is still the last, and imports as current again
        java.util.Optional<LocalDate> last = inTransaction(em -> new JpaReferenceImportLog(em).lastAsOf(ReferenceImport.Kind.ICE_FACILITIES), false);
        assertThat(last).hasValue(LocalDate.of(2026, 4, 9));
        ImportReport again = preview(ReferenceImport.Kind.ICE_FACILITIES, "FY26_detentionStats_04092026.xlsx",
                resource("FY26_detentionStats_04092026.xlsx"));
        assertThat(again.historyOnly()).isFalse();
        assertThat(again.unchanged()).isEqualTo(203);

        // a listing after the statistics, dated by its properties (January 2020), is older too
        ImportReport listing = preview(ReferenceImport.Kind.ICE_FACILITIES, "Over72HourFacilities.xlsx",
                shared("ice-facility-lists/Over72HourFacilities.xlsx"));
        assertThat(listing.historyOnly()).isTrue();
        assertThat(listing.datedBySource()).isEqualTo("FILE_SAVED");
    }

    @Test
    void anUndatedFileIsHistoryOnlyAndAListingEndsNothingAndErasesNoFactItHasNoColumnFor() throws Exception {
        freshDatabase();
        byte[] csv = ("Facility Name,City,State,Facility Type - Detailed\n"
                + "STEWART DETENTION CENTER,LUMPKIN,GA,Dedicated Inter-Governmental Service Agreement\n").getBytes();
        ImportReport undated = commit(ReferenceImport.Kind.ICE_FACILITIES, "facilities.csv", csv);
        assertThat(undated.historyOnly()).isTrue();
        assertThat(undated.datedBySource()).isEqualTo("NONE");
        assertThat(facilityFacts()).isEmpty();

        commit(ReferenceImport.Kind.ICE_FACILITIES, "FY26_detentionStats_04092026.xlsx", resource("FY26_detentionStats_04092026.xlsx"));
        ImportReport listing = commit(ReferenceImport.Kind.ICE_FACILITIES, "facilities_11012026.csv", csv);
        assertThat(listing.historyOnly()).isFalse();
        assertThat(listing.ended()).isZero();
        assertThat(listing.notes()).anySatisfy(n -> assertThat(n).contains("ends none"));
        assertThat(facilityFacts()).filteredOn(f -> f.startsWith("STEWART DETENTION CENTER|GA"))
                .singleElement().satisfies(f -> assertThat(f).contains("146 CCA ROAD", "|ATL|", "|DIGSA|", "|1600|"));
    }

    @Test
    void aListThatRepeatsAnAgreementCommitsAndAPendingListNeverTouchesSignedAgreements() throws Exception {
        freshDatabase();
        List<String> header = List.of("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA");
        List<String> bee = List.of("TEXAS", "Bee County Sheriff's Office", "County", "Bee County", "Task Force Model", "3/4/2025", "link");
        List<String> kenosha = List.of("WISCONSIN", "Kenosha County Sheriff's Office", "County", "Kenosha County",
                "Jail Enforcement Model", "2/1/2025", "link");
        ImportReport twice = commit(ReferenceImport.Kind.ICE_287G, "participatingAgencies03102025am.xlsx",
                sheet(List.of(header, bee, bee, kenosha)));
        assertThat(twice.rows()).isEqualTo(2);
        assertThat(twice.added()).isEqualTo(2);
        assertThat(twice.notes()).anySatisfy(n -> assertThat(n).contains("1 rows repeat an earlier row exactly"));

        // a disagreeing repeat is a problem naming the earlier row, never a broken key
        List<String> beeOther = List.of("TEXAS", "BEE COUNTY SHERIFF'S OFFICE", "County", "Bee County", "Task Force Model", "3/5/2025", "link");
        assertThatThrownBy(() -> commit(ReferenceImport.Kind.ICE_287G, "participatingAgencies03112025am.xlsx",
                sheet(List.of(header, bee, beeOther)))).isInstanceOf(InvalidInputException.class);
        byte[] disagreeing = sheet(List.of(header, bee, beeOther, kenosha));
        ImportReport skipped = inTransaction(em -> imports(em).commit(ReferenceImport.Kind.ICE_287G,
                "participatingAgencies03112025am.xlsx", disagreeing, true), true);
        assertThat(skipped.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("row 2"));

        List<String> pendingHeader = List.of("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "Agency Validation");
        ImportReport pending = commit(ReferenceImport.Kind.ICE_287G, "pendingAgencies01052026pm.xlsx", sheet(List.of(pendingHeader,
                List.of("TEXAS", "Bee County Sheriff's Office", "County", "Bee County", "Task Force Model", "ok"),
                List.of("TEXAS", "Tenaha Police Department", "Municipality", "Shelby County", "Task Force Model", "ok"))));
        assertThat(pending.kind()).isEqualTo(ReferenceImport.Kind.ICE_287G_PENDING);
        assertThat(pending.added()).isEqualTo(1);
        assertThat(pending.unchanged()).isEqualTo(1);
        assertThat(pending.notes()).anySatisfy(n -> assertThat(n).contains("already signed"));
        assertThat(agreementFacts()).contains("TX|Tenaha Police Department|TASK_FORCE_MODEL|null|null|true|2026-01-05")
                .contains("TX|Bee County Sheriff's Office|TASK_FORCE_MODEL|2025-03-04|null|false|2025-03-11");

        // a newer participating list without Tenaha ends Kenosha, not the pending agreement; listing Tenaha signs it
        ImportReport participating = commit(ReferenceImport.Kind.ICE_287G, "participatingAgencies02012026am.xlsx",
                sheet(List.of(header, bee)));
        assertThat(participating.ended()).isEqualTo(1);
        assertThat(agreementFacts()).anySatisfy(a -> assertThat(a).startsWith("TX|Tenaha Police Department|TASK_FORCE_MODEL|null|null|true"));
        commit(ReferenceImport.Kind.ICE_287G, "participatingAgencies03012026am.xlsx", sheet(List.of(header, bee,
                List.of("TEXAS", "Tenaha Police Department", "Municipality", "Shelby County", "Task Force Model", "2/20/2026", "link"))));
        assertThat(agreementFacts()).anySatisfy(a -> assertThat(a).startsWith("TX|Tenaha Police Department|TASK_FORCE_MODEL|2026-02-20|null|false"));

        // an older participating list now: history only, nothing changes
        List<String> before = agreementFacts();
        ImportReport older = commit(ReferenceImport.Kind.ICE_287G, "participatingAgencies03102025am.xlsx",
                sheet(List.of(header, kenosha)));
        assertThat(older.historyOnly()).isTrue();
        assertThat(agreementFacts()).isEqualTo(before);
    }

    @Test
    void everyRealFileAndChangedCopiesCommitOrAreRefusedClearlyNeverAnotherError() throws Exception {
        freshDatabase();
        Path root = Path.of(System.getProperty("amparo.sharedData", "../../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(root), "no shared data at " + root.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        Random random = new Random(1919L);
        List<String> failures = new ArrayList<>();
        int committed = 0;
        for (Path path : files) {
            String name = path.getFileName().toString();
            ReferenceImport.Kind kind = path.toString().contains("287g") ? ReferenceImport.Kind.ICE_287G : ReferenceImport.Kind.ICE_FACILITIES;
            for (MutatedFiles.Variant variant : MutatedFiles.of(Files.readAllBytes(path), random, 2, 1)) {
                try {
                    inTransaction(em -> imports(em).commit(kind, name, variant.content(), true), true);
                    committed++;
                } catch (InvalidInputException refused) {
                    // a clear refusal, naming the file's problem
                    assertThat(refused.errors()).singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("file");
                        assertThat(e.message()).doesNotStartWith("amparo.");
                    });
                } catch (RuntimeException unexpected) {
                    failures.add(name + " (" + variant.label() + "): " + unexpected);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(committed).isGreaterThanOrEqualTo(files.size());
    }
}
