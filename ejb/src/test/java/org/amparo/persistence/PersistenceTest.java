package org.amparo.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.amparo.audit.domain.AuditEvent;
import org.amparo.audit.domain.Revision;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.casefile.application.CaseFile;
import org.amparo.casefile.domain.IntakeDraft;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.casefile.infrastructure.CaseFileQuery;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.application.CaseSortField;
import org.amparo.cases.domain.CaseScope;
import org.amparo.cases.domain.BailStatus;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.infrastructure.CaseListQuery;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Citizenship;
import org.amparo.people.domain.CourtDate;
import org.amparo.people.domain.FamilyMember;
import org.amparo.people.domain.FamilyRelation;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.PersonAlias;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.Interference;
import org.amparo.security.domain.AccountName;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.security.infrastructure.JpaAccounts;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.FieldChange;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations and the mappings together, without a server: Flyway builds the schema on H2 (or, with
 * {@code -Dpostgres}, on PostgreSQL), Hibernate validates every entity against it, and the tests write and read
 * real rows: a whole case file, the database's own constraints, Envers history, soft delete and the search.
 */
class PersistenceTest {

    private static final boolean POSTGRES = "postgres".equals(System.getProperty("amparo.db"));
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/amparo_unit";
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private static SessionFactory factory;
    private static String url;
    private static String user;

    @BeforeAll
    static void migrateAndValidate() throws SQLException {
        if (POSTGRES) {
            try (Connection admin = DriverManager.getConnection(PG_ADMIN, "postgres", "postgres")) {
                admin.createStatement().execute("drop database if exists amparo_unit");
                admin.createStatement().execute("create database amparo_unit");
            }
            url = PG_URL;
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        Flyway.configure().dataSource(url, user, POSTGRES ? "postgres" : "sa").locations("classpath:db/migration").load().migrate();
        Configuration cfg = new Configuration();
        for (Class<?> entity : List.of(Person.class, PersonAlias.class, FamilyMember.class, Arrest.class, Charge.class,
                CourtDate.class, DetentionCase.class, Detainer.class, CaseNote.class, CaseDocument.class, Facility.class,
                Jurisdiction.class, IceDocumentForm.class, Campaign.class, AuditEvent.class, UserAccount.class,
                IntakeDraft.class, Revision.class, org.amparo.reference.domain.Agreement287g.class,
                org.amparo.reference.domain.ReferenceImport.class, org.amparo.imports.domain.ImportLayout.class,
                org.amparo.cases.domain.ScreeningRerun.class, org.amparo.security.domain.Team.class,
                org.amparo.cases.domain.CaseAccessGrant.class, org.amparo.people.infrastructure.NameToken.class,
                org.amparo.hotline.domain.HotlineCall.class, org.amparo.hotline.domain.ActivityReport.class,
                org.amparo.notifications.domain.Notification.class, org.amparo.notifications.domain.NotificationSettings.class,
                org.amparo.monitoring.domain.ChecklistItem.class, org.amparo.monitoring.domain.ChecklistEntry.class,
                org.amparo.monitoring.domain.Authority.class, org.amparo.campaigns.domain.CampaignAsk.class,
                org.amparo.campaigns.domain.Meeting.class, org.amparo.campaigns.domain.MeetingAttendee.class,
                org.amparo.campaigns.domain.MeetingAnswer.class, org.amparo.campaigns.domain.MeetingPromise.class,
                org.amparo.campaigns.domain.CampaignTarget.class, org.amparo.campaigns.domain.CampaignAlly.class,
                org.amparo.campaigns.domain.CampaignStep.class, org.amparo.monitoring.domain.JailMoney.class,
                org.amparo.campaigns.domain.CampaignMessage.class, org.amparo.jobs.domain.ScheduleRun.class,
                org.amparo.campaigns.domain.CampaignNote.class,
                org.amparo.stories.domain.Story.class, org.amparo.stories.domain.StoryUse.class,
                org.amparo.security.domain.SignedInSession.class)) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.addAnnotatedClass(org.amparo.shared.domain.ANumberConverter.class);
        cfg.setProperty("hibernate.connection.url", url);
        cfg.setProperty("hibernate.connection.username", user);
        cfg.setProperty("hibernate.connection.password", POSTGRES ? "postgres" : "sa");
        // The schema is Flyway's: Hibernate only checks that every mapped table and column exists with its type.
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        cfg.setProperty("hibernate.jdbc.time_zone", "UTC");
        cfg.setProperty("hibernate.generate_statistics", "true");
        cfg.setProperty("hibernate.session_factory.statement_inspector", SqlSeen.class.getName());
        cfg.setProperty("jakarta.persistence.validation.mode", "none");
        cfg.setProperty("org.hibernate.envers.audit_table_suffix", "_aud");
        cfg.setProperty("org.hibernate.envers.revision_field_name", "rev");
        cfg.setProperty("org.hibernate.envers.revision_type_field_name", "revtype");
        cfg.setProperty("org.hibernate.envers.do_not_audit_optimistic_locking_field", "false");
        factory = cfg.buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
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

    private static void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** A case with a person, a facility and as many charges and detainers as asked. */
    private static long caseWith(String family, String given, String aNumber, int charges, int detainers) {
        return inTransaction(em -> {
            Jurisdiction j = new Jurisdiction("County " + UNIQUE.incrementAndGet(), JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
            em.persist(j);
            Facility f = new Facility("Jail " + UNIQUE.incrementAndGet(), FacilityType.LOCAL_JAIL, "Fresno", "CA",
                    ZoneId.of("America/Los_Angeles"), j);
            em.persist(f);
            Person p = new Person(family, given, LocalDate.of(1990, 4, 2), aNumber == null ? null : ANumber.parse(aNumber));
            p.addAlias("Munos", "Jose");
            p.addFamilyMember("Ana", FamilyRelation.CHILD, LocalDate.of(2015, 1, 1), Citizenship.US_CITIZEN, true);
            p.recordEntry(LocalDate.of(2005, 6, 1), "without inspection", "Nogales");
            p.recordRemovalOrder(LocalDate.of(2012, 1, 1), false);
            p.recordApplication(LocalDate.of(2013, 3, 1), "U visa", "pending");
            p.recordPriorRemoval(LocalDate.of(2008, 2, 2), "Tijuana");
            em.persist(p);
            Arrest a = new Arrest(p, LocalDate.of(2020, 5, 5), "Fresno PD");
            for (int i = 0; i < charges; i++) {
                a.charge("charge " + i, OffenseLevel.MISDEMEANOR, OffenseCategory.THEFT).convict(LocalDate.of(2020, 7, 1), 30, false, false);
            }
            a.scheduleCourtDate(LocalDateTime.of(2026, 12, 3, 9, 0), "Fresno Superior Court", "sentencing");
            em.persist(a);
            DetentionCase c = new DetentionCase(p, f, "carmen", Instant.now());
            c.recordCustody("B-" + UNIQUE.incrementAndGet(), LocalDateTime.of(2026, 11, 20, 8, 0), LocalDateTime.of(2026, 11, 27, 8, 0));
            c.recordCustodyDetails(BailStatus.DENIED, new BigDecimal("5000.00"), true, false);
            c.recordCaller("Maria", "sister", "559-555-0101");
            IceDocumentForm form = em.find(IceDocumentForm.class, "I_247A");
            for (int i = 0; i < detainers; i++) {
                Detainer d = c.receiveIceDocument(form, LocalDateTime.of(2026, 11, 21, 10, i), false);
                d.recordInterference(EnumSet.of(Interference.values()[0]));
            }
            em.persist(c);
            em.persist(new CaseNote(c, "carmen", Instant.now(), "called the family", false));
            em.persist(new CaseNote(c, "alex", Instant.now(), "privileged strategy", true));
            em.persist(new CaseDocument(c, "detainer.pdf", "application/pdf", 1234, "a".repeat(64),
                    java.util.UUID.randomUUID().toString(), "I-247A scan", "carmen", Instant.now()));
            return c.getId();
        });
    }

    @Test
    void aScreeningUnderNoPrioritiesWithSeveralReasonsOfOneFindingAndTheAccompanyingWarrantIsStored() {
        long id = caseWith("Reyes", "Ana", null, 0, 1);
        run(em -> {
            DetentionCase c = em.find(DetentionCase.class, id);
            c.getDetainers().get(0).recordAccompanyingWarrant(org.amparo.rules.detainer.AdministrativeWarrant.I_200);
            c.recordScreening(org.amparo.rules.priority.EnforcementPriority.NO_PRIORITIES_IN_EFFECT, "EO-2025-01-20",
                    org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(
                            new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "state layer"),
                            new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "county layer"),
                            new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "county layer")),
                    Instant.now());
        });
        run(em -> {
            DetentionCase c = em.find(DetentionCase.class, id);
            assertThat(c.getEnforcementPriority()).isEqualTo(org.amparo.rules.priority.EnforcementPriority.NO_PRIORITIES_IN_EFFECT);
            assertThat(c.getFindings()).extracting(org.amparo.cases.domain.CaseFinding::reason)
                    .containsExactlyInAnyOrder("state layer", "county layer");
            assertThat(c.getDetainers().get(0).getAccompaniedBy()).isEqualTo(org.amparo.rules.detainer.AdministrativeWarrant.I_200);
            assertThat(em.find(IceDocumentForm.class, "I_247A").isAsksNotification()).as("V12: the I-247A asks notification").isTrue();
            em.persist(new org.amparo.cases.domain.ScreeningRerun("test", "RULES_CHANGED", Instant.now(), Instant.now(), 1, 1, 1, "report"));
        });
    }

    @Test
    void aChecklistEntryFollowsTheFindingsOfTheJurisdictionsCasesWithItsEvidenceAndHistory() {
        long id = caseWith("Lista", "Eva", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, id).getFacility().getJurisdiction().getId());
        run(em -> em.find(DetentionCase.class, id).recordScreening(org.amparo.rules.priority.EnforcementPriority.PRIORITY_3,
                "DHS-2014-11-20", org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(
                        new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET, "not a priority")),
                Instant.now()));
        var mapped = EnumSet.copyOf(org.amparo.monitoring.domain.ChecklistFindings.mapped());
        var byFinding = inTransaction(em -> new org.amparo.monitoring.infrastructure.ChecklistStore(em).casesWith(jurisdiction, mapped));
        assertThat(byFinding).containsOnlyKeys(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET);
        assertThat(byFinding.get(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET)).containsExactly(id);

        // Only the jurisdiction's cases that are not deleted, each once, with mapped findings only.
        var notADetainer = org.amparo.rules.detainer.Finding.NOT_A_DETAINER;
        long twoReasons = caseWith("Lista", "Ema", null, 0, 0);
        long deleted = caseWith("Lista", "Ivo", null, 0, 0);
        long elsewhere = caseWith("Lista", "Olga", null, 0, 0);
        run(em -> {
            var facility = em.find(DetentionCase.class, id).getFacility();
            for (long other : List.of(twoReasons, deleted)) {
                em.find(DetentionCase.class, other).holdAt(facility);
            }
            em.find(DetentionCase.class, twoReasons).recordScreening(org.amparo.rules.priority.EnforcementPriority.PRIORITY_3,
                    "DHS-2014-11-20", org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(
                            new org.amparo.cases.domain.CaseFinding(notADetainer, "no judge's warrant"),
                            new org.amparo.cases.domain.CaseFinding(notADetainer, "an I-200 only"),
                            new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "county layer")),
                    Instant.now());
            for (long other : List.of(deleted, elsewhere)) {
                em.find(DetentionCase.class, other).recordScreening(org.amparo.rules.priority.EnforcementPriority.PRIORITY_3,
                        "DHS-2014-11-20", org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(
                                new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET, "not a priority"),
                                new org.amparo.cases.domain.CaseFinding(notADetainer, "no judge's warrant")),
                        Instant.now());
            }
            em.find(DetentionCase.class, deleted).softDelete("admin", Instant.now());
        });
        var withOthers = inTransaction(em -> new org.amparo.monitoring.infrastructure.ChecklistStore(em).casesWith(jurisdiction, mapped));
        assertThat(withOthers).containsOnlyKeys(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET, notADetainer);
        assertThat(withOthers.get(org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET)).containsExactly(id);
        assertThat(withOthers.get(notADetainer)).containsExactly(twoReasons);
        // The jurisdiction page's and the map's counts per finding: every finding, or the ones asked for.
        var everyCase = org.amparo.cases.domain.CaseScope.everyCase("supervisor");
        java.util.Map<Long, java.util.Map<org.amparo.rules.detainer.Finding, Long>> counted = inTransaction(em ->
                new org.amparo.monitoring.infrastructure.MonitoringQueries(em).findings(everyCase, jurisdiction, java.util.Set.of(), null, null));
        assertThat(counted).containsOnlyKeys(jurisdiction);
        assertThat(counted.get(jurisdiction)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET, 1L, notADetainer, 1L,
                org.amparo.rules.detainer.Finding.POLICY_CONFLICT, 1L));
        java.util.Map<Long, java.util.Map<org.amparo.rules.detainer.Finding, Long>> onlyOne = inTransaction(em ->
                new org.amparo.monitoring.infrastructure.MonitoringQueries(em).findings(everyCase, jurisdiction,
                        EnumSet.of(notADetainer), null, null));
        assertThat(onlyOne).isEqualTo(java.util.Map.of(jurisdiction, java.util.Map.of(notADetainer, 1L)));
        java.util.Map<Long, java.util.Map<org.amparo.rules.detainer.Finding, Long>> onlyTwo = inTransaction(em ->
                new org.amparo.monitoring.infrastructure.MonitoringQueries(em).findings(everyCase, jurisdiction,
                        EnumSet.of(notADetainer, org.amparo.rules.detainer.Finding.POLICY_CONFLICT), null, null));
        assertThat(onlyTwo).isEqualTo(java.util.Map.of(jurisdiction, java.util.Map.of(notADetainer, 1L,
                org.amparo.rules.detainer.Finding.POLICY_CONFLICT, 1L)));
        java.util.Map<org.amparo.rules.detainer.Finding, java.util.Set<Long>> none = inTransaction(em ->
                new org.amparo.monitoring.infrastructure.ChecklistStore(em).casesWith(jurisdiction,
                        EnumSet.noneOf(org.amparo.rules.detainer.Finding.class)));
        assertThat(none).isEmpty();

        String key = "non-priority-custody-requests";
        run(em -> {
            var entry = new org.amparo.monitoring.domain.ChecklistEntry(jurisdiction, key, Instant.now());
            em.persist(entry);
            assertThat(entry.follow(java.util.Set.of(id), java.util.Set.of(), LocalDate.now(), Instant.now())).isTrue();
        });
        run(em -> {
            var store = new org.amparo.monitoring.infrastructure.ChecklistStore(em);
            var entry = store.entries(jurisdiction).get(key);
            assertThat(entry.getState()).isEqualTo(org.amparo.monitoring.domain.ChecklistState.OBSERVED);
            assertThat(entry.getEvidence()).containsExactly(org.amparo.monitoring.domain.Evidence.derivedCase(id));
            assertThat(store.jurisdictionsToFollow(mapped, EnumSet.noneOf(org.amparo.hotline.domain.IceActivity.class)))
                    .contains(jurisdiction);
            assertThat(store.items()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(store.item(key)).get().extracting(org.amparo.monitoring.domain.ChecklistItem::getGroup)
                    .isEqualTo(org.amparo.monitoring.domain.ChecklistGroup.ENFORCEMENT_PRIORITIES);
            entry.set(org.amparo.monitoring.domain.ChecklistState.OBSERVED, LocalDate.of(2016, 3, 1), "Jail log", List.of(id),
                    "carmen", Instant.now());
        });
        long revisions = inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from checklist_entry_aud where jurisdiction_id = ?1 and item_key = ?2")
                .setParameter(1, jurisdiction).setParameter(2, key).getSingleResult()).longValue());
        assertThat(revisions).as("the system's change and the person's each a revision").isEqualTo(2);
    }

    @Test
    void theDashboardsCountsKeepToTheCallersTeamsAndToTheFilterAndNeverCountADeletedCase() {
        // The counts join neither the facility nor the jurisdiction (read from indexes alone): the team's jurisdictions,
        // the jurisdiction and the facility of the filter are looked up by subqueries, and deleted cases are left out
        // by the filter itself, not by the case's own restriction.
        long ofTeamJurisdiction = caseWith("Equipo", "Ana", null, 0, 0);
        long givenToTeam = caseWith("Equipo", "Beto", null, 0, 0);
        long other = caseWith("Equipo", "Ciro", null, 0, 0);
        long deletedOfTeam = caseWith("Equipo", "Dina", null, 0, 0);
        // A team whose id is no jurisdiction's of these cases: a condition that mixed up the two ids would show.
        long team = inTransaction(em -> {
            Set<Long> jurisdictions = new java.util.HashSet<>();
            for (long id : List.of(ofTeamJurisdiction, givenToTeam, other, deletedOfTeam)) {
                jurisdictions.add(em.find(DetentionCase.class, id).getFacility().getJurisdiction().getId());
            }
            org.amparo.security.domain.Team t;
            do {
                t = new org.amparo.security.domain.Team("Equipo " + UNIQUE.incrementAndGet(), Instant.now());
                em.persist(t);
                em.flush();
            } while (jurisdictions.contains(t.getId()));
            return t.getId();
        });
        long[] place = inTransaction(em -> {
            DetentionCase a = em.find(DetentionCase.class, ofTeamJurisdiction);
            a.getFacility().getJurisdiction().giveToTeam(team);
            em.find(DetentionCase.class, givenToTeam).giveToTeam(team);
            DetentionCase d = em.find(DetentionCase.class, deletedOfTeam);
            d.holdAt(a.getFacility());
            d.softDelete("admin", Instant.now());
            return new long[] {a.getFacility().getJurisdiction().getId(), a.getFacility().getId()};
        });
        List<Long> all = List.of(ofTeamJurisdiction, givenToTeam, other, deletedOfTeam);
        var everything = new org.amparo.dashboard.application.DashboardFilter(null, null, null, null, null, null);
        run(em -> {
            var queries = new org.amparo.dashboard.infrastructure.DashboardQueries(em);
            assertThat(queries.casesInView(everything.within(new CaseScope("someone", false, Set.of(team))), all))
                    .as("the team's: its jurisdiction's cases and the case given to it by hand")
                    .containsExactlyInAnyOrder(ofTeamJurisdiction, givenToTeam);
            assertThat(queries.casesInView(everything.within(new CaseScope("someone", false, Set.of())), all))
                    .as("no team, no case of one's own").isEmpty();
            assertThat(queries.casesInView(everything, all)).as("every case but the deleted one")
                    .containsExactlyInAnyOrder(ofTeamJurisdiction, givenToTeam, other);
            assertThat(queries.casesInView(new org.amparo.dashboard.application.DashboardFilter(null, null, place[0], null, null, null), all))
                    .as("the jurisdiction's").containsExactly(ofTeamJurisdiction);
            assertThat(queries.casesInView(new org.amparo.dashboard.application.DashboardFilter(null, null, null, place[1], null, null), all))
                    .as("the facility's").containsExactly(ofTeamJurisdiction);
        });
    }

    @Test
    void twoScreeningsOfOneCaseAtOnceTakeTurnsAndTheSecondReadsTheFirstsFindings() throws Exception {
        // The hold watch and the hold's own timer both screen a case at its expiry. Read without the lock, the second
        // found no finding yet, wrote the same one and failed at its commit (a timer job retried after a wait).
        long id = caseWith("Turno", "Luz", null, 0, 0);
        org.amparo.cases.domain.CaseFinding held = new org.amparo.cases.domain.CaseFinding(
                org.amparo.rules.detainer.Finding.HELD_PAST_EXPIRY, "expired at 10:00");
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var first = other.submit(() -> run(em -> {
                DetentionCase c = new org.amparo.cases.infrastructure.JpaDetentionCases(em).requireLocked(id);
                locked.countDown();
                try {
                    Thread.sleep(300); // well within H2's lock timeout (one second)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                c.recordScreening(null, "test", org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(held), Instant.now());
            }));
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Set<org.amparo.cases.domain.CaseFinding> seen = inTransaction(em -> {
                DetentionCase c = new org.amparo.cases.infrastructure.JpaDetentionCases(em).requireLocked(id);
                Set<org.amparo.cases.domain.CaseFinding> before = Set.copyOf(c.getFindings());
                c.recordScreening(null, "test", org.amparo.rules.relief.DacaResult.UNKNOWN, false, null, List.of(held), Instant.now());
                return before;
            });
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(seen).as("the second screening read the first's finding").containsExactly(held);
            run(em -> assertThat(em.find(DetentionCase.class, id).getFindings()).containsExactly(held));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aJurisdictionLockedForItsChecklistMakesTheNextRecomputationWaitForTheCommit() throws Exception {
        long id = caseWith("Turno", "Eva", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, id).getFacility().getJurisdiction().getId());
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean firstCommitting = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var first = other.submit(() -> run(em -> {
                assertThat(new org.amparo.reference.infrastructure.JpaJurisdictions(em).findLocked(jurisdiction)).isPresent();
                locked.countDown();
                try {
                    Thread.sleep(300); // well within H2's lock timeout (one second)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                firstCommitting.set(true);
            }));
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // The second recomputation's lock is granted only once the first has committed (without the lock it would
            // read at once, find no entry either, and both would write the same first entry).
            boolean sawTheFirstCommit = inTransaction(em -> {
                new org.amparo.reference.infrastructure.JpaJurisdictions(em).findLocked(jurisdiction).orElseThrow();
                return firstCommitting.get();
            });
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(sawTheFirstCommit).as("the second waited for the first's commit").isTrue();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aJurisdictionsAuthoritiesAreKeptInTheToolkitsOrderWithTheirHistoryAndOnlyAnElectedOfficeHasAnElection() {
        long caseId = caseWith("Oficina", "Luz", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        var council = new org.amparo.monitoring.domain.Authority.Details(org.amparo.monitoring.domain.AuthorityOffice.COUNTY_BOARD_MEMBER,
                "District 2", "Ana Ortiz", org.amparo.monitoring.domain.AuthoritySelection.ELECTED, LocalDate.of(2028, 11, 7),
                "(505) 555-0102", "district2@example.org", null, "https://example.org/board", null);
        var sheriff = new org.amparo.monitoring.domain.Authority.Details(org.amparo.monitoring.domain.AuthorityOffice.SHERIFF,
                null, "Sam Reyes", org.amparo.monitoring.domain.AuthoritySelection.ELECTED, LocalDate.of(2026, 11, 3),
                "505 555 0100 ext. 4", null, "1 Main St", null, "Chairs the jail committee");
        long sheriffId = inTransaction(em -> {
            var store = new org.amparo.monitoring.infrastructure.AuthorityStore(em);
            store.add(new org.amparo.monitoring.domain.Authority(jurisdiction, council, "carmen", Instant.now()));
            var s = new org.amparo.monitoring.domain.Authority(jurisdiction, sheriff, "carmen", Instant.now());
            store.add(s);
            return s.getId();
        });
        run(em -> {
            var listed = new org.amparo.monitoring.infrastructure.AuthorityStore(em).of(jurisdiction);
            assertThat(listed).extracting(org.amparo.monitoring.domain.Authority::getOffice).as("the sheriff first, as the toolkit lists them")
                    .containsExactly(org.amparo.monitoring.domain.AuthorityOffice.SHERIFF, org.amparo.monitoring.domain.AuthorityOffice.COUNTY_BOARD_MEMBER);
            assertThat(listed.get(0).details()).isEqualTo(sheriff);
            listed.get(0).change(new org.amparo.monitoring.domain.Authority.Details(org.amparo.monitoring.domain.AuthorityOffice.SHERIFF,
                    null, "Sam Reyes", org.amparo.monitoring.domain.AuthoritySelection.ELECTED, LocalDate.of(2030, 11, 5),
                    null, null, null, null, null), "luis", Instant.now());
        });
        long revisions = inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from authority_aud where id = ?1")
                .setParameter(1, sheriffId).getSingleResult()).longValue());
        assertThat(revisions).as("added, then changed: two revisions").isEqualTo(2);
        assertThatThrownBy(() -> run(em -> em.createNativeQuery("update authority set selection = 'APPOINTED' where id = ?1")
                .setParameter(1, sheriffId).executeUpdate()))
                .as("the database too refuses an election date on an appointed office").isNotNull();
    }

    @Test
    void theCampaignListCountsEachCampaignsCitedCasesAsksAndAsksWon() {
        long caseId = caseWith("Listado", "Sol", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        long campaignId = inTransaction(em -> {
            Campaign c = Campaign.start(em.find(Jurisdiction.class, jurisdiction), "Listed test", "sofia", Instant.now());
            c.cite(caseId, false, Instant.now());
            em.persist(c);
            em.flush();
            var won = org.amparo.campaigns.domain.CampaignAsk.sample(c.getId(),
                    org.amparo.campaigns.domain.SampleAsk.REFUSE_CUSTODY_REQUESTS, "sofia", Instant.now());
            won.progress(org.amparo.campaigns.domain.AskStatus.WON, null, LocalDate.now(), "sofia", Instant.now());
            em.persist(won);
            em.persist(org.amparo.campaigns.domain.CampaignAsk.own(c.getId(), "Publish the jail's ICE requests", "sofia", Instant.now()));
            return c.getId();
        });
        run(em -> {
            var listed = new org.amparo.campaigns.infrastructure.JpaCampaigns(em).listed().stream()
                    .filter(l -> l.campaign().getId() == campaignId).findFirst().orElseThrow();
            assertThat(listed.citedCases()).isEqualTo(1);
            assertThat(listed.asks()).isEqualTo(2);
            assertThat(listed.asksWon()).isEqualTo(1);
            assertThat(listed.campaign().getJurisdiction().getName()).isNotBlank();
            // the asks of several campaigns in one read (a jurisdiction's earlier campaigns): the toolkit's first
            var asks = new org.amparo.campaigns.infrastructure.JpaCampaigns(em).asksOf(List.of(campaignId, -1L));
            assertThat(asks).containsOnlyKeys(campaignId);
            assertThat(asks.get(campaignId)).extracting(org.amparo.campaigns.domain.CampaignAsk::getWording)
                    .last().isEqualTo("Publish the jail's ICE requests");
            assertThat(asks.get(campaignId).get(0).getSample()).isEqualTo(org.amparo.campaigns.domain.SampleAsk.REFUSE_CUSTODY_REQUESTS);
            assertThat(new org.amparo.campaigns.infrastructure.JpaCampaigns(em).asks(campaignId)).isEqualTo(asks.get(campaignId));
        });
    }

    @Test
    void aMeetingIsKeptWithItsPartsAndHistoryAndOutlivesTheRemovalOfTheAuthorityMet() {
        long caseId = caseWith("Reunion", "Mar", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        LocalDate held = LocalDate.of(2026, 10, 1);
        long[] ids = inTransaction(em -> {
            Campaign c = Campaign.start(em.find(Jurisdiction.class, jurisdiction), "Meetings test", "sofia", Instant.now());
            em.persist(c);
            var sheriff = new org.amparo.monitoring.domain.Authority(jurisdiction, new org.amparo.monitoring.domain.Authority.Details(
                    org.amparo.monitoring.domain.AuthorityOffice.SHERIFF, null, "Sam Reyes", null, null, null, null, null, null, null),
                    "sofia", Instant.now());
            em.persist(sheriff);
            var m = org.amparo.campaigns.domain.Meeting.held(c.getId(), held, "Sheriff's office", sheriff.getId(), null,
                    LocalDate.of(2026, 11, 1), "sofia", Instant.now());
            m.attend("Rosa", "Comité", org.amparo.campaigns.domain.MeetingRole.FACILITATOR, "sofia", Instant.now());
            m.ask(org.amparo.campaigns.domain.MeetingQuestion.RECEIVE_DETAINERS, null, "About ten a month", "sofia", Instant.now());
            m.ask(null, "Do you share booking data?", null, "sofia", Instant.now());
            m.promise(org.amparo.campaigns.domain.PromiseKind.DATA, null, held.plusDays(14), "sofia", Instant.now());
            em.persist(m);
            return new long[] {m.getId(), sheriff.getId()};
        });
        run(em -> {
            var campaigns = new org.amparo.campaigns.infrastructure.JpaCampaigns(em);
            var m = campaigns.meeting(ids[0]).orElseThrow();
            assertThat(m.getNextMeetingOn()).isEqualTo(held.plusMonths(3));
            assertThat(m.getAttendees()).singleElement().extracting(org.amparo.campaigns.domain.MeetingAttendee::getName).isEqualTo("Rosa");
            assertThat(m.getAnswers()).hasSize(2);
            assertThat(campaigns.overduePromises(LocalDate.of(2026, 11, 1), 10)).extracting(p -> p.getMeeting().getId()).containsExactly(ids[0]);
            m.getPromises().get(0).settle(org.amparo.campaigns.domain.PromiseState.KEPT, held.plusDays(10), LocalDate.of(2026, 11, 1), "luis", Instant.now());
        });
        run(em -> assertThat(new org.amparo.campaigns.infrastructure.JpaCampaigns(em)
                .overduePromises(LocalDate.of(2026, 11, 1), 10)).as("kept: no longer overdue").isEmpty());
        long promiseRevisions = inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from meeting_promise_aud a join meeting_promise p on p.id = a.id where p.meeting_id = ?1")
                .setParameter(1, ids[0]).getSingleResult()).longValue());
        assertThat(promiseRevisions).as("promised, then kept: two revisions").isEqualTo(2);
        assertThatThrownBy(() -> run(em -> em.createNativeQuery("update meeting_answer set own_question = 'x' where meeting_id = ?1")
                .setParameter(1, ids[0]).executeUpdate())).as("a question is the bank's or the meeting's own, never both").isNotNull();
        long campaignId = inTransaction(em -> em.find(org.amparo.campaigns.domain.Meeting.class, ids[0]).getCampaignId());
        run(em -> {
            em.persist(new org.amparo.campaigns.domain.CampaignTarget(campaignId, ids[1], org.amparo.campaigns.domain.TargetRank.PRIMARY,
                    "Runs the jail", "sofia", Instant.now()));
            em.persist(new org.amparo.campaigns.domain.CampaignAlly(campaignId, org.amparo.campaigns.domain.AllyType.FAITH,
                    "Iglesia", null, null, "sofia", Instant.now()));
        });
        assertThatThrownBy(() -> run(em -> em.persist(new org.amparo.campaigns.domain.CampaignTarget(campaignId, ids[1],
                org.amparo.campaigns.domain.TargetRank.SECONDARY, null, "sofia", Instant.now()))))
                .as("an authority is a target once per campaign").isNotNull();
        run(em -> assertThat(new org.amparo.campaigns.infrastructure.JpaCampaigns(em).allies(campaignId)).hasSize(1));
        run(em -> em.remove(em.find(org.amparo.monitoring.domain.Authority.class, ids[1])));
        Object authority = inTransaction(em -> em.createNativeQuery("select authority_id from campaign_meeting where id = ?1")
                .setParameter(1, ids[0]).getSingleResult());
        assertThat(authority).as("the meeting stays when the authority met is removed").isNull();
        run(em -> assertThat(new org.amparo.campaigns.infrastructure.JpaCampaigns(em).targets(campaignId))
                .as("removing the authority removes it as a target").isEmpty());
    }

    @Test
    void aStoryIsStoredEncryptedWithItsHistoryAndOnlyAUsableOneIsFoundForItsJurisdictionsReport() {
        long caseId = caseWith("Historia", "Rosa", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        LocalDate today = LocalDate.of(2026, 11, 30);
        long[] ids = inTransaction(em -> {
            var usable = new org.amparo.stories.domain.Story(caseId, "At the jail", "Secreto usable: held for ICE", "carmen", Instant.now());
            usable.giveConsent(org.amparo.stories.domain.ConsentScope.EVIDENCE_REPORTS, today, today, "carmen", Instant.now());
            usable.vet("ana", today, "Pending case", today, Instant.now());
            var unvetted = new org.amparo.stories.domain.Story(caseId, null, "Secreto sin revisar", "carmen", Instant.now());
            unvetted.giveConsent(org.amparo.stories.domain.ConsentScope.PUBLIC, today, today, "carmen", Instant.now());
            var withdrawn = new org.amparo.stories.domain.Story(caseId, null, "Secreto retirado", "carmen", Instant.now());
            withdrawn.giveConsent(org.amparo.stories.domain.ConsentScope.PUBLIC, today, today, "carmen", Instant.now());
            withdrawn.vet("ana", today, null, today, Instant.now());
            em.persist(usable);
            em.persist(unvetted);
            em.persist(withdrawn);
            return new long[] {usable.getId(), withdrawn.getId()};
        });
        run(em -> {
            var stories = new org.amparo.stories.infrastructure.JpaStories(em);
            var withdrawn = stories.find(ids[1]).orElseThrow();
            stories.add(new org.amparo.stories.domain.StoryUse(withdrawn, jurisdiction, org.amparo.stories.domain.StoryUse.Format.PDF,
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "staff", Instant.now()));
            withdrawn.withdrawConsent("luis", Instant.now());
        });
        run(em -> {
            var stories = new org.amparo.stories.infrastructure.JpaStories(em);
            assertThat(stories.ofCase(caseId)).hasSize(3);
            assertThat(stories.usableInJurisdiction(CaseScope.everyCase("staff"), jurisdiction, null, null, 10))
                    .extracting(org.amparo.stories.domain.Story::getId).containsExactly(ids[0]);
            assertThat(stories.usableInJurisdiction(new CaseScope("stranger", false, Set.of()), jurisdiction, null, null, 10))
                    .as("only the cases the caller may count").isEmpty();
            assertThat(stories.usableInJurisdiction(CaseScope.everyCase("staff"), jurisdiction, Instant.parse("2000-01-01T00:00:00Z"),
                    Instant.parse("2000-02-01T00:00:00Z"), 10)).as("cases opened in the period only").isEmpty();
            assertThat(stories.usesOf(List.of(ids[1]))).singleElement().satisfies(u -> {
                assertThat(u.jurisdiction()).startsWith("County ");
                assertThat(u.use().getFormat()).isEqualTo(org.amparo.stories.domain.StoryUse.Format.PDF);
            });
            assertThat(stories.find(ids[0]).orElseThrow().getRiskNote()).isEqualTo("Pending case");
        });
        Object[] stored = inTransaction(em -> (Object[]) em.createNativeQuery(
                "select text, title, risk_note from story where id = " + ids[0]).getSingleResult());
        for (Object column : stored) {
            assertThat(column.toString()).startsWith("enc1:").doesNotContain("Secreto", "jail", "Pending");
        }
        long revisions = inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from story_aud where id = ?1")
                .setParameter(1, ids[1]).getSingleResult()).longValue());
        assertThat(revisions).as("recorded, then withdrawn: two revisions").isEqualTo(2);
        List<FieldChange> history = inTransaction(em -> new AuditedChanges(em).ofCase(em.find(DetentionCase.class, caseId), false));
        assertThat(history).as("the case's history shows its stories' changes")
                .anySatisfy(ch -> assertThat(ch.record() + "." + ch.field()).isEqualTo("Story.consentWithdrawnBy"));
        assertThatThrownBy(() -> run(em -> em.createNativeQuery("update story set vetted_on = null where id = ?1")
                .setParameter(1, ids[0]).executeUpdate())).as("a vetting is whole: attorney and day").isNotNull();
    }

    @Test
    void aReportBuiltWhileAWithdrawalCommitsWaitsForItAndLeavesTheStoryOut() throws Exception {
        long caseId = caseWith("Carrera", "Rosa", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        LocalDate today = LocalDate.of(2026, 11, 30);
        long id = inTransaction(em -> {
            var story = new org.amparo.stories.domain.Story(caseId, null, "Secreto en carrera", "carmen", Instant.now());
            story.giveConsent(org.amparo.stories.domain.ConsentScope.EVIDENCE_REPORTS, today, today, "carmen", Instant.now());
            story.vet("ana", today, null, today, Instant.now());
            em.persist(story);
            return story.getId();
        });
        List<Long> before = inTransaction(em -> new org.amparo.stories.infrastructure.JpaStories(em)
                .usableInJurisdiction(CaseScope.everyCase("staff"), jurisdiction, null, null, 10).stream()
                .map(org.amparo.stories.domain.Story::getId).toList());
        assertThat(before).containsExactly(id);
        EntityManager withdrawing = factory.createEntityManager();
        java.util.concurrent.ExecutorService reporter = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            withdrawing.getTransaction().begin();
            withdrawing.find(org.amparo.stories.domain.Story.class, id).withdrawConsent("luis", Instant.now());
            withdrawing.flush(); // the withdrawal is written, not yet committed
            var report = reporter.submit(() -> inTransaction(em -> new org.amparo.stories.infrastructure.JpaStories(em)
                    .usableInJurisdiction(CaseScope.everyCase("staff"), jurisdiction, null, null, 10).stream()
                    .map(org.amparo.stories.domain.Story::getId).toList()));
            Thread.sleep(300);
            withdrawing.getTransaction().commit();
            assertThat(report.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the report read the story while the withdrawal was committing: it waited, and left it out").isEmpty();
        } finally {
            if (withdrawing.getTransaction().isActive()) {
                withdrawing.getTransaction().rollback();
            }
            withdrawing.close();
            reporter.shutdownNow();
        }
    }

    @Test
    void onlyVerifiedHotlineReportsAreChecklistEvidenceByTheirKindOfActivity() {
        long caseId = caseWith("Reporte", "Ana", null, 0, 0);
        long jurisdiction = inTransaction(em -> em.find(DetentionCase.class, caseId).getFacility().getJurisdiction().getId());
        var checkpoint = EnumSet.of(org.amparo.hotline.domain.IceActivity.CHECKPOINT);
        var courthouse = EnumSet.of(org.amparo.hotline.domain.IceActivity.ICE_AT_COURTHOUSE);
        long verified = report(jurisdiction, checkpoint, org.amparo.hotline.domain.Verification.VERIFIED);
        long unverified = report(jurisdiction, courthouse, null);
        long falseReport = report(jurisdiction, courthouse, org.amparo.hotline.domain.Verification.FALSE_REPORT);
        var activities = EnumSet.copyOf(org.amparo.monitoring.domain.ChecklistFindings.mappedActivities());
        var byActivity = inTransaction(em -> new org.amparo.monitoring.infrastructure.ChecklistStore(em)
                .verifiedReportsWith(jurisdiction, activities));
        assertThat(byActivity.get(org.amparo.hotline.domain.IceActivity.CHECKPOINT)).contains(verified);
        assertThat(byActivity.getOrDefault(org.amparo.hotline.domain.IceActivity.ICE_AT_COURTHOUSE, java.util.Set.of()))
                .doesNotContain(unverified, falseReport);
        java.util.Set<Long> toFollow = inTransaction(em -> new org.amparo.monitoring.infrastructure.ChecklistStore(em)
                .jurisdictionsToFollow(EnumSet.noneOf(org.amparo.rules.detainer.Finding.class), activities));
        assertThat(toFollow).contains(jurisdiction);
    }

    private long report(long jurisdiction, java.util.Set<org.amparo.hotline.domain.IceActivity> activities,
                        org.amparo.hotline.domain.Verification verification) {
        return inTransaction(em -> {
            var report = new org.amparo.hotline.domain.ActivityReport(Instant.now().minusSeconds(3600), "Main St",
                    em.find(org.amparo.reference.domain.Jurisdiction.class, jurisdiction), activities, null, null, null, false,
                    null, null, List.of(), null, "carmen", Instant.now());
            if (verification != null) {
                report.verify(verification, "called the caller back", "carmen", Instant.now());
            }
            em.persist(report);
            em.flush();
            return report.getId();
        });
    }

    @Test
    void theRescreeningAndHoldWatchQueriesRun() {
        long id = caseWith("Soto", "Luis", null, 0, 0);
        run(em -> {
            DetentionCase c = em.find(DetentionCase.class, id);
            c.receiveIceDocument(em.find(IceDocumentForm.class, "I_247N"), LocalDateTime.of(2026, 11, 21, 10, 0), true);
        });
        List<Long> candidates = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em)
                .heldPastReleaseWithoutHoldRequestNotYetFlagged(LocalDateTime.of(2026, 11, 28, 0, 0), 1000));
        assertThat(candidates).contains(id);
        List<Long> notYet = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em)
                .heldPastReleaseWithoutHoldRequestNotYetFlagged(LocalDateTime.of(2026, 11, 27, 8, 0), 1000));
        assertThat(notYet).doesNotContain(id);
        // The watch reads each candidate's release on its facility's clock as columns, without loading the case.
        java.util.Map<Long, java.time.ZonedDateTime> releases = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em)
                .scheduledReleases(List.of(id, -1L)));
        assertThat(releases).containsOnlyKeys(id);
        // 8:00 at the jail in Fresno, which is 16:00 UTC: the instant the watch compares with now, not the wall clock alone
        assertThat(releases.get(id)).isEqualTo(java.time.ZonedDateTime.of(2026, 11, 27, 8, 0, 0, 0, ZoneId.of("America/Los_Angeles")));
        assertThat(releases.get(id).toInstant()).isEqualTo(java.time.Instant.parse("2026-11-27T16:00:00Z"));
        java.util.Map<Long, java.time.ZonedDateTime> none = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em)
                .scheduledReleases(List.of()));
        assertThat(none).isEmpty();
        List<Long> open = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em).openCaseIds(null));
        List<Long> notUnder = inTransaction(em -> new org.amparo.cases.infrastructure.JpaDetentionCases(em).openCaseIds("EO-2025-01-20"));
        boolean ran = inTransaction(em -> new org.amparo.cases.infrastructure.JpaScreeningReruns(em).ranFor("never"));
        assertThat(open).contains(id);
        assertThat(notUnder).contains(id);
        assertThat(ran).isFalse();
    }

    @Test
    void aWholeCaseFileIsStoredAndReadBack() {
        long id = caseWith("Muñoz", "José", "A-012-345-678", 2, 1);
        CaseFile file = inTransaction(em -> new CaseFileQuery(em).load(id, true).orElseThrow());
        assertThat(file.person().familyName()).isEqualTo("Muñoz");
        assertThat(file.person().aNumber()).isEqualTo("A-012-345-678");
        assertThat(file.person().aliases()).extracting(CaseFile.Alias::familyName).containsExactly("Munos");
        assertThat(file.person().family()).singleElement().satisfies(m -> {
            assertThat(m.citizenship()).isEqualTo(Citizenship.US_CITIZEN);
            assertThat(m.dependent()).isTrue();
        });
        assertThat(file.immigration().entries()).singleElement().extracting(CaseFile.Entry::place).isEqualTo("Nogales");
        assertThat(file.immigration().applications()).singleElement().extracting(CaseFile.Application::kind).isEqualTo("U visa");
        assertThat(file.immigration().priorRemovals()).hasSize(1);
        assertThat(file.arrests()).singleElement().satisfies(a -> {
            assertThat(a.charges()).hasSize(2);
            assertThat(a.courtDates()).singleElement().extracting(CaseFile.CourtDate::court).isEqualTo("Fresno Superior Court");
        });
        assertThat(file.custody().bailStatus()).isEqualTo(BailStatus.DENIED);
        assertThat(file.custody().bailAmount()).isEqualByComparingTo("5000");
        assertThat(file.custody().callerRelation()).isEqualTo("sister");
        assertThat(file.iceRequests()).singleElement().satisfies(d -> {
            assertThat(d.formCode()).isEqualTo("I_247A");
            assertThat(d.interference()).hasSize(1);
        });
        assertThat(file.notes()).hasSize(2);
        assertThat(file.documents()).singleElement().extracting(CaseFile.Document::fileName).isEqualTo("detainer.pdf");
    }

    @Test
    void privilegedNotesAreLeftOutForOthers() {
        long id = caseWith("Reyes", "Ana", null, 1, 1);
        CaseFile file = inTransaction(em -> new CaseFileQuery(em).load(id, false).orElseThrow());
        assertThat(file.notes()).extracting(CaseFile.Note::text).containsExactly("called the family");
    }

    @Test
    void openingACaseFileRunsTheSameNumberOfQueriesHoweverBigItIs() {
        long small = caseWith("Small", "Case", null, 1, 1);
        long big = caseWith("Big", "Case", null, 12, 8);
        long smallCount = statementsToLoad(small);
        long bigCount = statementsToLoad(big);
        System.out.printf("case file open: %d statements (1 charge, 1 detainer), %d (12 charges, 8 detainers)%n", smallCount, bigCount);
        assertThat(bigCount).isEqualTo(smallCount);
        assertThat(smallCount).isLessThanOrEqualTo(14);
    }

    private static long statementsToLoad(long caseId) {
        Statistics stats = factory.getStatistics();
        stats.clear();
        inTransaction(em -> new CaseFileQuery(em).load(caseId, true).orElseThrow());
        return stats.getPrepareStatementCount();
    }

    @ParameterizedTest(name = "the database refuses: {0}")
    @ValueSource(strings = {
            "update criminal_charge set offense_level = 'VIOLATION' where arrest_id in (select id from arrest where person_id = :person)",
            "update criminal_charge set sentence_days = -1 where arrest_id in (select id from arrest where person_id = :person)",
            "update criminal_charge set disposition = 'FORGIVEN' where arrest_id in (select id from arrest where person_id = :person)",
            "update detention_case set scheduled_release_at = timestamp '2000-01-01 00:00:00' where id = :case",
            "update detention_case set bail_status = 'MAYBE' where id = :case",
            "update detention_case set bail_amount = -5 where id = :case",
            "update family_member set relation = 'NEIGHBOUR' where person_id = :person",
            "update case_document set content_type = 'text/html' where case_id = :case",
            "update jurisdiction set detainer_policy = 'WHATEVER' where id = (select max(id) from jurisdiction)",
            "update facility set igsa_term = 'FOREVER' where id = (select max(id) from facility)"})
    void theDatabaseBacksUpTheRules(String sql) {
        long id = caseWith("Constraint", "Test", null, 1, 1);
        long personId = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getId());
        assertThatThrownBy(() -> run(em -> em.createNativeQuery(sql.replace(":person", String.valueOf(personId))
                .replace(":case", String.valueOf(id))).executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void historySaysWhoChangedWhichFieldFromWhatToWhat() {
        long id = caseWith("Historia", "Luis", null, 1, 1);
        int versionBefore = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getVersion());
        run(em -> {
            Person p = em.find(DetentionCase.class, id).getPerson();
            p.rename("Historia", "Luis Alberto");
            p.recordEntry(LocalDate.of(2010, 1, 1), "visa", "JFK");
        });
        List<FieldChange> history = inTransaction(em -> new AuditedChanges(em).ofCase(em.find(DetentionCase.class, id), true));
        assertThat(history).anySatisfy(c -> {
            assertThat(c.record()).isEqualTo("Person");
            assertThat(c.field()).isEqualTo("givenNames");
            assertThat(c.oldValue()).isEqualTo("Luis");
            assertThat(c.newValue()).isEqualTo("Luis Alberto");
            assertThat(c.actor()).isEqualTo("system");
        });
        assertThat(history).anySatisfy(c -> assertThat(c.field()).isEqualTo("entries"));
        List<FieldChange> since = inTransaction(em -> new AuditedChanges(em).since(Person.class,
                em.find(DetentionCase.class, id).getPerson().getId(), versionBefore));
        assertThat(since).extracting(FieldChange::field).contains("givenNames", "entries").doesNotContain("familyName");
        List<FieldChange> others = inTransaction(em -> new AuditedChanges(em).ofCase(em.find(DetentionCase.class, id), false));
        assertThat(others).noneMatch(c -> c.newValue().contains("privileged strategy"));
        assertThat(history).anyMatch(c -> c.newValue().contains("privileged strategy"));
    }

    @Test
    void anItemAddedToAnImmigrationListMovesThePersonsVersionAndRemovalOrdersComeBackInDateOrder() {
        // The case file removes a row by its place in the list read at a version: both must hold for that to be safe.
        // (One item a transaction, as every use case adds them: Envers's rows for two items of a list of embeddables
        // added in one transaction share an identity, and the second is refused.)
        long id = caseWith("Orden", "Lidia", null, 1, 1);
        int versionBefore = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getVersion());
        run(em -> em.find(DetentionCase.class, id).getPerson().recordRemovalOrder(LocalDate.of(2019, 5, 1), true));
        run(em -> em.find(DetentionCase.class, id).getPerson().recordRemovalOrder(LocalDate.of(2012, 3, 1), false));
        run(em -> em.find(DetentionCase.class, id).getPerson().recordRemovalOrder(LocalDate.of(2016, 7, 1), null));
        int versionAfter = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getVersion());
        assertThat(versionAfter).as("someone else's addition is a change of the person").isGreaterThan(versionBefore);
        List<LocalDate> read = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getRemovalOrders().stream()
                .map(org.amparo.people.domain.RemovalOrder::orderedOn).toList());
        assertThat(read).isSorted().contains(LocalDate.of(2012, 3, 1), LocalDate.of(2016, 7, 1), LocalDate.of(2019, 5, 1));
    }

    @Test
    void theInboxReadsAHoldOnlyWhileThePersonIsStillInCustody() {
        long id = caseWith("Soltada", "Rita", null, 0, 1);
        Instant expires = Instant.now().plus(java.time.Duration.ofHours(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        run(em -> em.find(DetentionCase.class, id).recordScreening(null, "test", org.amparo.rules.relief.DacaResult.UNKNOWN,
                false, expires, List.of(), Instant.now()));
        java.util.function.Supplier<Instant> read = () -> inTransaction(em -> new org.amparo.tasks.infrastructure.TaskCaseQuery(em)
                .byId(List.of(id)).get(id).get(4, Instant.class));
        assertThat(read.get()).isEqualTo(expires);
        run(em -> em.find(DetentionCase.class, id).endCustody(org.amparo.cases.domain.CustodyEnd.RELEASED, LocalDateTime.now()));
        assertThat(read.get()).as("released: the hold ranks and shows nothing").isNull();
    }

    @Test
    void aLongImportWritesItsHistoryAsItGoesInOneRevisionAndEachChangeOnce() {
        String family = "Historia" + UNIQUE.incrementAndGet();
        String count = "select count(*) from person_aud a join person p on p.id = a.id where p.family_name = '" + family + "'";
        Number[] midway = new Number[1];
        run(em -> {
            for (int i = 0; i < 3; i++) {
                em.persist(new Person(family, "Uno" + i, LocalDate.of(1990, 1, 1), null));
            }
            org.amparo.audit.infrastructure.HistoryQueue.writeAndClear(em);
            assertThat(em.unwrap(org.hibernate.Session.class).getStatistics().getEntityCount()).as("only the revision is kept").isEqualTo(1);
            try {
                assertThat(org.amparo.audit.infrastructure.HistoryQueue.held(em))
                        .as("Envers lets go of the written history: no work units, cached states or after-commit callbacks")
                        .containsOnly(java.util.Map.entry("usedIds", 0), java.util.Map.entry("entityStateCache", 0),
                                java.util.Map.entry("enversCallbacks", 0));
            } catch (ReflectiveOperationException changedInternals) {
                throw new AssertionError("Hibernate's internals changed: see HistoryQueueTest", changedInternals);
            }
            midway[0] = (Number) em.createNativeQuery(count).getSingleResult();
            em.persist(new Person(family, "Cuatro", LocalDate.of(1990, 1, 1), null));
        });
        assertThat(midway[0].intValue()).as("written before the transaction ended").isEqualTo(3);
        Number rows = inTransaction(em -> (Number) em.createNativeQuery(count).getSingleResult());
        Number revisions = inTransaction(em -> (Number) em.createNativeQuery("select count(distinct a.rev) from person_aud a join person p on p.id = a.id where p.family_name = '"
                + family + "'").getSingleResult());
        assertThat(rows.intValue()).as("each insert once").isEqualTo(4);
        assertThat(revisions.intValue()).as("one transaction, one revision").isEqualTo(1);
    }

    @Test
    void aSoftDeletedCaseLeavesEveryQueryButKeepsItsRows() {
        long id = caseWith("Borrado", "Caso", null, 1, 1);
        run(em -> em.find(DetentionCase.class, id).softDelete("admin", Instant.now()));
        DetentionCase found = inTransaction(em -> em.find(DetentionCase.class, id));
        assertThat(found).isNull();
        java.util.Optional<CaseFile> file = inTransaction(em -> new CaseFileQuery(em).load(id, true));
        assertThat(file).isEmpty();
        Number rows = inTransaction(em -> (Number) em.createNativeQuery("select count(*) from detention_case where id = " + id).getSingleResult());
        assertThat(rows.intValue()).isEqualTo(1);
    }

    @Test
    void searchFindsAccentedPartialNamesAliasesAndANumbersInAnyForm() {
        String unique = "Zúñiga" + UNIQUE.incrementAndGet();
        caseWith(unique, "Josefina", "A-099-888-777", 1, 1);
        Function<String, List<String>> search = text -> inTransaction(em -> new CaseListQuery(em).page(
                new CaseListCriteria(text, null, null, null, null, false, null, null, CaseSortField.ID, true), org.amparo.cases.domain.CaseScope.everyCase("carmen"), 0, 20)
                .stream().map(s -> s.familyName()).toList());
        String folded = unique.replace("Zúñiga", "zuniga");
        assertThat(search.apply(folded.substring(0, folded.length() - 1))).contains(unique);
        assertThat(search.apply("JOSEFINA " + folded.toUpperCase())).contains(unique);
        assertThat(search.apply("A-099-888-777")).containsExactly(unique);
        assertThat(search.apply("99888777")).containsExactly(unique);
        assertThat(search.apply("A099888777")).containsExactly(unique);
        // The list's capped count reads an identifier as the page does, whether written as one word or several.
        Function<String, Long> counted = text -> inTransaction(em -> new CaseListQuery(em).countUpTo(
                new CaseListCriteria(text, null, null, null, null, false, null, null, CaseSortField.ID, true),
                org.amparo.cases.domain.CaseScope.everyCase("carmen"), 1000));
        assertThat(counted.apply("A099888777")).isEqualTo(1L);
        assertThat(counted.apply("099888777")).isEqualTo(1L);
        assertThat(counted.apply("A-099-888-777")).isEqualTo(1L);
        assertThat(counted.apply("8777")).isGreaterThanOrEqualTo(1L);
        // Every case made here has the alias "Jose Munos": search reaches aliases.
        assertThat(search.apply("munos")).isNotEmpty();
    }

    @Test
    void nameSearchTakesWordsInAnyOrderByTheirStartWithAccentsIgnoredAndAliasesIncludedAndFollowsRenames() {
        String tag = "w" + UNIQUE.incrementAndGet() + "z";
        long jose = caseWith("Quiñónez " + tag, "José Ramón", null, 0, 0);
        caseWith("Ejemplo " + tag, "Inés", null, 0, 0);
        Function<String, List<String>> search = text -> inTransaction(em -> new CaseListQuery(em).page(
                new CaseListCriteria(text, null, null, null, null, false, null, null, CaseSortField.ID, true), org.amparo.cases.domain.CaseScope.everyCase("carmen"), 0, 20)
                .stream().map(s -> s.givenNames() + " " + s.familyName()).toList());
        assertThat(search.apply("jose quin " + tag)).as("a middle name skipped, the family name cut short")
                .containsExactly("José Ramón Quiñónez " + tag);
        assertThat(search.apply(tag.toUpperCase() + " QUIÑÓ josé")).as("any order, accents and case ignored")
                .containsExactly("José Ramón Quiñónez " + tag);
        assertThat(search.apply("ejem ines " + tag)).as("the family name first").containsExactly("Inés Ejemplo " + tag);
        assertThat(search.apply(tag)).hasSize(2);
        assertThat(search.apply("munos " + tag)).as("an alias's words count").hasSize(2);
        assertThat(search.apply("jose quinx " + tag)).as("every word must match").isEmpty();
        assertThat(search.apply("-- ,")).as("no words, nothing found").isEmpty();

        run(em -> em.find(DetentionCase.class, jose).getPerson().rename("Quispe " + tag, "José"));
        assertThat(search.apply("quin " + tag)).as("the old name is gone from the index").isEmpty();
        assertThat(search.apply("quisp jos " + tag)).containsExactly("José Quispe " + tag);
        List<String> words = inTransaction(em -> em.createQuery(
                "select t.token from NameToken t, DetentionCase c where c.id = :id and t.personId = c.person.id order by t.token", String.class)
                .setParameter("id", jose).getResultList());
        assertThat(words).containsExactly("jose", "munos", "quispe", tag);
    }

    /** The SQL Hibernate sends, for the plan checks below; it changes nothing. */
    public static class SqlSeen implements org.hibernate.resource.jdbc.spi.StatementInspector {
        static final java.util.Deque<String> LAST = new java.util.concurrent.ConcurrentLinkedDeque<>();

        @Override
        public String inspect(String sql) {
            LAST.addFirst(sql);
            while (LAST.size() > 20) {
                LAST.pollLast();
            }
            return sql;
        }
    }

    /**
     * Issue 20 on the embedded database: the case list's newest page reads H2's primary key backwards, stopping at the
     * page's end ("index sorted"), and a common name word is a probe per case read, not its whole index range hashed
     * first. (H2 2.2, which WildFly ships, sorted every case for the first: seconds at a million; the server runs the
     * H2 of this build, config/src/main/modules.)
     */
    @Test
    void onH2TheNewestPageWalksThePrimaryKeyBackwardsAndACommonWordIsCheckedPerCase() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeFalse(POSTGRES, "H2's plans");
        for (int i = 0; i < 3; i++) {
            caseWith("Planeado" + UNIQUE.incrementAndGet(), "Maria", null, 0, 0);
        }
        org.amparo.cases.domain.CaseScope everyCase = org.amparo.cases.domain.CaseScope.everyCase("carmen");
        String newest = pageSql(new CaseListCriteria(null, null, null, null, null, false, null, null, CaseSortField.ID, false), everyCase);
        assertThat(explain(newest, 0, 25)).as(newest).contains("/* index sorted */").containsPattern("DETENTION_CASE\" \"\\w+\"\\s+/\\* PUBLIC\\.PRIMARY_KEY");
        // A word more people have than a rare word's limit (CaseListQuery.RARE_WORD, 500).
        String word = "comun" + UNIQUE.incrementAndGet();
        peopleWithoutCases(900_000_000L + UNIQUE.incrementAndGet() * 1000, 501, word);
        String common = pageSql(new CaseListCriteria(word, null, null, null, null, false, null, null, CaseSortField.ID, false), everyCase);
        String plan = explain(common, word, org.amparo.shared.domain.SearchText.prefixBound(word), 0, 25);
        assertThat(plan).as(plan).contains("/* index sorted */").containsIgnoringCase("exists")
                .containsPattern("/\\* PUBLIC\\.\\w+: PERSON_ID = \\w+\\.PERSON_ID \\*/");
    }

    /**
     * Issue 20: when no word of a name search is rare, the capped count starts from the word with the narrowest index
     * range, measured, not from the longest ("jose quin" at a million people: "quin" has a third of "jose"'s entries).
     * Here the longer word has 700 people and the shorter 520 (both over a rare word's 500): the shorter drives.
     */
    @Test
    void theCappedCountStartsFromTheNarrowestWordNotTheLongest() throws SQLException {
        long n = UNIQUE.incrementAndGet();
        String longer = "longer" + n + "x";
        String shorter = "brev" + n;
        try (Connection c = DriverManager.getConnection(url, user, POSTGRES ? "postgres" : "sa");
             java.sql.PreparedStatement person = c.prepareStatement("insert into person (id, version, family_name, given_names,"
                     + " search_name, search_text, created_at) values (?, 0, ?, 'Ana', ?, ?, current_timestamp)");
             java.sql.PreparedStatement token = c.prepareStatement("insert into person_name_token (token, person_id) values (?, ?)")) {
            long first = 910_000_000L + n * 1000;
            for (long id = first; id < first + 700; id++) {
                person.setLong(1, id);
                person.setString(2, longer);
                person.setString(3, "ana " + longer);
                person.setString(4, "ana " + longer);
                person.executeUpdate();
                for (String word : id < first + 520 ? List.of(longer, shorter) : List.of(longer)) {
                    token.setString(1, word);
                    token.setLong(2, id);
                    token.executeUpdate();
                }
            }
        }
        // Cases for three of the people with both words, one with the longer word only.
        List<Long> both = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            both.add(caseWith("Ambos " + longer + " " + shorter, "Ana", null, 0, 0));
        }
        caseWith("Solo " + longer, "Ana", null, 0, 0);
        org.amparo.cases.domain.CaseScope everyCase = org.amparo.cases.domain.CaseScope.everyCase("carmen");
        assertThat((String) inTransaction(em -> new CaseListQuery(em).countDriver(longer + " " + shorter))).isEqualTo(shorter);
        assertThat((String) inTransaction(em -> new CaseListQuery(em).countDriver(shorter + " " + longer))).as("in any order")
                .isEqualTo(shorter);
        CaseListCriteria criteria = new CaseListCriteria(longer + " " + shorter, null, null, null, null, false, null, null,
                CaseSortField.ID, false);
        SqlSeen.LAST.clear();
        long counted = inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 1000));
        assertThat(counted).as("the people with both words who have a case").isEqualTo(3L);
        String count = SqlSeen.LAST.stream().filter(q -> q.contains("fetch") && !q.contains("order by")
                && q.contains("person_name_token")).findFirst().orElseThrow();
        // The other word's range is inside the driving word's: the people who have both are found before any case.
        assertThat(count).as(count).doesNotContainIgnoringCase("exists")
                .containsPattern("(?i)person_name_token \\w+ where .*person_id in \\(+select \\w+\\.person_id from person_name_token");
        assertThat((long) inTransaction(em -> new CaseListQuery(em).count(criteria, everyCase))).as("the exact count agrees")
                .isEqualTo(3L);
    }

    /**
     * Issue 20: a search of one common word counts its cases along the word's index entries, joined to the cases, and
     * stops at the cap ("jose" at a million people: H2 read and hashed its 66,000 entries for {@code person_id in} the
     * range). A person with two names in the range gives their case on two rows: it is counted once, and the count reads
     * on when those repeats leave it short of the cap.
     */
    @Test
    void aCommonWordsCappedCountFollowsItsIndexEntriesAndCountsEachCaseOnce() throws SQLException {
        long n = UNIQUE.incrementAndGet();
        String word = "rep" + n + "q";
        peopleWithoutCases(920_000_000L + n * 1000, 520, word); // the word is not rare
        for (int i = 0; i < 3; i++) {
            caseWith(word + " " + word + "a", "Ana", null, 0, 0); // two words in the range: two rows each
        }
        caseWith(word, "Ana", null, 0, 0);
        org.amparo.cases.domain.CaseScope everyCase = org.amparo.cases.domain.CaseScope.everyCase("carmen");
        CaseListCriteria criteria = new CaseListCriteria(word, null, null, null, null, false, null, null, CaseSortField.ID, false);
        SqlSeen.LAST.clear();
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 1000))).as("every case once")
                .isEqualTo(4L);
        String count = SqlSeen.LAST.stream().filter(q -> q.contains("fetch") && q.contains("person_name_token")).findFirst().orElseThrow();
        assertThat(count).as(count).doesNotContainIgnoringCase(" in (")
                .containsPattern("(?i)from person_name_token \\w+\\s*(,|join|cross join) *detention_case");
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 4))).as("at the cap: exact")
                .isEqualTo(4L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 3)))
                .as("over the cap, though the first four rows may be two cases twice: cap + 1").isEqualTo(4L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 1))).as("over the cap: cap + 1")
                .isEqualTo(2L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).count(criteria, everyCase))).as("the exact count agrees")
                .isEqualTo(4L);
        CaseListCriteria closed = new CaseListCriteria(word, org.amparo.cases.domain.CaseStatus.CLOSED, null, null, null, false,
                null, null, CaseSortField.ID, false);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(closed, everyCase, 1000))).as("the other filters hold")
                .isZero();
    }

    /** People named {@code word} (one word of the name index each), ids from {@code first}, without a case. */
    private static void peopleWithoutCases(long first, int count, String word) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, POSTGRES ? "postgres" : "sa");
             java.sql.PreparedStatement person = c.prepareStatement("insert into person (id, version, family_name, given_names,"
                     + " search_name, search_text, created_at) values (?, 0, ?, 'Ana', ?, ?, current_timestamp)");
             java.sql.PreparedStatement token = c.prepareStatement("insert into person_name_token (token, person_id) values (?, ?)")) {
            for (long id = first; id < first + count; id++) {
                person.setLong(1, id);
                person.setString(2, word);
                person.setString(3, "ana " + word);
                person.setString(4, "ana " + word);
                person.executeUpdate();
                token.setString(1, word);
                token.setLong(2, id);
                token.executeUpdate();
            }
        }
    }

    /** The SQL of the list page's own query (the one with the page's limit), as Hibernate sent it. */
    private static String pageSql(CaseListCriteria criteria, org.amparo.cases.domain.CaseScope scope) {
        SqlSeen.LAST.clear();
        inTransaction(em -> new CaseListQuery(em).page(criteria, scope, 0, 25));
        return SqlSeen.LAST.stream().filter(q -> q.contains("fetch") && q.contains("order by")).findFirst().orElseThrow();
    }

    /** H2's plan of the statement with these parameters, on tables analysed. */
    private static String explain(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "sa");
             java.sql.PreparedStatement explain = c.prepareStatement("explain " + sql)) {
            c.createStatement().execute("analyze"); // as H2 does by itself once a table has grown (ANALYZE_AUTO)
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    @Test
    void theListCountsItsMatchesNoFurtherThanItsCapAndEveryOneWithinIt() {
        String tag = "c" + UNIQUE.incrementAndGet() + "z";
        for (int i = 0; i < 5; i++) {
            caseWith("Contado " + tag, "Ana", null, 0, 0);
        }
        CaseListCriteria criteria = new CaseListCriteria(tag, null, null, null, null, false, null, null, CaseSortField.ID, true);
        org.amparo.cases.domain.CaseScope everyCase = org.amparo.cases.domain.CaseScope.everyCase("carmen");
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 10))).as("under the cap: exact").isEqualTo(5L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 5))).as("at the cap: exact").isEqualTo(5L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).countUpTo(criteria, everyCase, 3))).as("over the cap: cap + 1").isEqualTo(4L);
        assertThat((long) inTransaction(em -> new CaseListQuery(em).count(criteria, everyCase))).as("the exact count agrees").isEqualTo(5L);
    }

    @Test
    void keysetPagesAfterACaseGiveTheSameCasesAsOffsetPagesInBothDirections() {
        String tag = "k" + UNIQUE.incrementAndGet() + "z";
        for (int i = 0; i < 7; i++) {
            caseWith("Paginado " + tag, "Ana", null, 0, 0);
        }
        org.amparo.cases.domain.CaseScope everyCase = org.amparo.cases.domain.CaseScope.everyCase("carmen");
        for (boolean ascending : new boolean[] {false, true}) {
            CaseListCriteria criteria = new CaseListCriteria(tag, null, null, null, null, false, null, null, CaseSortField.ID, ascending);
            List<Long> byOffset = new java.util.ArrayList<>();
            List<Long> byKeyset = new java.util.ArrayList<>();
            for (int first = 0; first < 9; first += 3) {
                int from = first;
                byOffset.addAll(inTransaction(em -> new CaseListQuery(em).page(criteria, everyCase, from, 3)).stream()
                        .map(org.amparo.cases.application.CaseSummary::id).toList());
            }
            Long after = null;
            do {
                Long seek = after;
                List<Long> page = inTransaction(em -> {
                    var query = new CaseListQuery(em).prepare(criteria, everyCase);
                    return (seek == null ? query.page(0, 3) : query.pageAfter(seek, 3)).stream()
                            .map(org.amparo.cases.application.CaseSummary::id).toList();
                });
                byKeyset.addAll(page);
                after = page.size() == 3 ? page.get(2) : null;
            } while (after != null);
            assertThat(byOffset).as("ascending " + ascending).hasSize(7).doesNotHaveDuplicates();
            assertThat(byKeyset).as("ascending " + ascending).containsExactlyElementsOf(byOffset);
        }
        CaseListCriteria byName = new CaseListCriteria(tag, null, null, null, null, false, null, null, CaseSortField.FAMILY_NAME, true);
        assertThatThrownBy(() -> inTransaction(em -> new CaseListQuery(em).prepare(byName, everyCase).pageAfter(1, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onPostgresTheListsTransactionAsksForNoParallelWorkersAndTheNextTransactionHasThemAgain() {
        org.junit.jupiter.api.Assumptions.assumeTrue(POSTGRES, "PostgreSQL's parallel query");
        String inList = inTransaction(em -> {
            new CaseListQuery(em).prepare(CaseListCriteria.all(), org.amparo.cases.domain.CaseScope.everyCase("carmen")).page(0, 5);
            return (String) em.createNativeQuery("show max_parallel_workers_per_gather").getSingleResult();
        });
        String after = inTransaction(em -> (String) em.createNativeQuery("show max_parallel_workers_per_gather").getSingleResult());
        assertThat(inList).as("within the list's transaction").isEqualTo("0");
        assertThat(after).as("the next transaction on the connection").isNotEqualTo("0");
    }

    @Test
    void identifiersAndNotesAreStoredEncryptedAndStillFoundExactly() {
        String unique = "Cifrado" + UNIQUE.incrementAndGet();
        long id = caseWith(unique, "Rosa", "A-077-665-4321".substring(0, 13), 1, 1);
        Object[] person = inTransaction(em -> (Object[]) em.createNativeQuery(
                "select p.a_number, p.date_of_birth, p.phone, c.booking_number, c.caller_contact from person p "
                        + "join detention_case c on c.person_id = p.id where c.id = " + id).getSingleResult());
        for (Object stored : person) {
            if (stored != null) {
                assertThat(stored.toString()).startsWith("enc1:").doesNotContain("077665").doesNotContain("1990");
            }
        }
        String note = inTransaction(em -> (String) em.createNativeQuery(
                "select body from case_note where case_id = " + id + " order by id").setMaxResults(1).getSingleResult());
        assertThat(note).startsWith("enc1:").doesNotContain("family");
        Function<String, List<String>> search = text -> inTransaction(em -> new CaseListQuery(em).page(
                new CaseListCriteria(text, null, null, null, null, false, null, null, CaseSortField.ID, true), org.amparo.cases.domain.CaseScope.everyCase("carmen"), 0, 20)
                .stream().map(s -> s.familyName()).toList());
        assertThat(search.apply("A-077-665-432")).containsExactly(unique);
        assertThat(search.apply("5432")).contains(unique);
        String booking = inTransaction(em -> em.find(DetentionCase.class, id).getBookingNumber());
        assertThat(search.apply(booking.toLowerCase())).containsExactly(unique);
        LocalDate born = inTransaction(em -> em.find(DetentionCase.class, id).getPerson().getDateOfBirth());
        assertThat(born).isEqualTo(LocalDate.of(1990, 4, 2));
    }

    @Test
    void theCaseListShowsACaseworkerTheirTeamsCasesAndTheirOwnOnly() {
        String unique = "Equipo" + UNIQUE.incrementAndGet();
        long id = caseWith(unique, "Rosa", null, 0, 0); // its caseworker is "carmen"
        String luisa = "luisa" + UNIQUE.incrementAndGet();
        run(em -> new JpaAccounts(em).add(new UserAccount(luisa, "Luisa", "$2a$10$" + "x".repeat(53), Set.of(Roles.CASEWORKER))));
        long north = inTransaction(em -> {
            org.amparo.security.domain.Team t = new org.amparo.security.domain.Team("North " + unique, Instant.now());
            t.addMember(luisa);
            em.persist(t);
            return t.getId();
        });
        long south = inTransaction(em -> {
            org.amparo.security.domain.Team t = new org.amparo.security.domain.Team("South " + unique, Instant.now());
            em.persist(t);
            return t.getId();
        });
        java.util.Set<Long> luisaTeams = inTransaction(em -> new org.amparo.security.infrastructure.JpaTeams(em).ofMember(luisa));
        assertThat(luisaTeams).containsExactly(north);
        CaseScope luisaScope = new CaseScope(luisa, false, Set.of(north));
        Function<CaseScope, Long> listed = scope -> inTransaction(em -> new CaseListQuery(em).count(
                new CaseListCriteria(unique, null, null, null, null, false, null, null, CaseSortField.ID, true), scope));
        Function<CaseScope, Boolean> opens = scope -> inTransaction(em -> new org.amparo.cases.infrastructure.CaseAccessQuery(em)
                .parties(id).map(p -> scope.allows(p.caseworker(), p.attorney(), p.caseTeam(), p.jurisdictionTeam())).orElse(false));

        assertThat(listed.apply(CaseScope.everyCase("sara"))).isEqualTo(1);
        assertThat(listed.apply(new CaseScope("carmen", false, Set.of()))).as("their own case").isEqualTo(1);
        assertThat(listed.apply(luisaScope)).as("a jurisdiction of no team").isZero();
        assertThat(opens.apply(luisaScope)).isFalse();

        run(em -> em.find(DetentionCase.class, id).getFacility().getJurisdiction().giveToTeam(north));
        assertThat(listed.apply(luisaScope)).as("their team's jurisdiction").isEqualTo(1);
        assertThat(opens.apply(luisaScope)).isTrue();

        run(em -> em.find(DetentionCase.class, id).giveToTeam(south));
        assertThat(listed.apply(luisaScope)).as("given to another team by hand").isZero();
        assertThat(opens.apply(luisaScope)).isFalse();
        assertThat(listed.apply(new CaseScope("carmen", false, Set.of()))).as("still its caseworker's").isEqualTo(1);
    }

    /**
     * Two starts of a jurisdiction's campaign at the same moment (a supervisor's and a case escalated to a campaign)
     * take turns: the second waits for the first's commit and then finds its campaign, so only one runs.
     */
    @Test
    void twoStartsOfAJurisdictionsCampaignTakeTurnsAndTheSecondFindsTheFirstsCampaign() throws Exception {
        long j = inTransaction(em -> {
            Jurisdiction jurisdiction = new Jurisdiction("Race County " + UNIQUE.incrementAndGet(), JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
            em.persist(jurisdiction);
            return jurisdiction.getId();
        });
        java.util.concurrent.CountDownLatch firstHoldsIt = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> inTransaction(em -> {
                var campaigns = new org.amparo.campaigns.infrastructure.JpaCampaigns(em);
                Jurisdiction jurisdiction = em.find(Jurisdiction.class, j);
                boolean found = campaigns.ofJurisdictionForStart(jurisdiction).isPresent();
                em.persist(Campaign.minimalFor(jurisdiction, "first", Instant.now()));
                em.flush();
                firstHoldsIt.countDown();
                sleep(400);
                return found;
            }));
            firstHoldsIt.await();
            long before = System.nanoTime();
            var second = two.submit(() -> inTransaction(em -> {
                var campaigns = new org.amparo.campaigns.infrastructure.JpaCampaigns(em);
                return campaigns.ofJurisdictionForStart(em.find(Jurisdiction.class, j)).map(Campaign::getCreatedBy).orElse(null);
            }));
            assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("none ran before").isFalse();
            assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("the second finds the first's campaign").isEqualTo("first");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - before)).as("it waited for the first's commit")
                    .isGreaterThan(java.time.Duration.ofMillis(200));
        } finally {
            two.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aJurisdictionsJailMoneyIsKeptOncePerYearWithTheDatabaseRefusingANegativeAmount() {
        long j = inTransaction(em -> {
            Jurisdiction jurisdiction = new Jurisdiction("Money County " + UNIQUE.incrementAndGet(), JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
            em.persist(jurisdiction);
            return jurisdiction.getId();
        });
        var figures = new org.amparo.monitoring.domain.JailMoney.Figures(new java.math.BigDecimal("1400000"),
                new java.math.BigDecimal("56000000.50"), "BJA SCAAP awards", null);
        run(em -> new org.amparo.monitoring.infrastructure.JailMoneyStore(em).add(
                new org.amparo.monitoring.domain.JailMoney(j, 2014, figures, java.time.Year.of(2026), "supervisor", Instant.now())));
        var read = inTransaction(em -> new org.amparo.monitoring.infrastructure.JailMoneyStore(em).year(j, 2014).orElseThrow());
        assertThat(read.getJailBudget()).isEqualByComparingTo("56000000.50");
        assertThat(read.scaapShare()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> run(em -> new org.amparo.monitoring.infrastructure.JailMoneyStore(em).add(
                new org.amparo.monitoring.domain.JailMoney(j, 2014, figures, java.time.Year.of(2026), "supervisor", Instant.now()))))
                .as("one row per year").isNotNull();
        assertThatThrownBy(() -> run(em -> em.createNativeQuery(
                "insert into jail_money (id, version, jurisdiction_id, fiscal_year, scaap_received, updated_by, updated_at)"
                        + " values (-7, 0, " + j + ", 2015, -1, 'x', current_timestamp)").executeUpdate()))
                .as("the database refuses a negative amount too").isNotNull();
    }

    @Test
    void anAccountTheIdentityProviderMadeStaysMarkedUntilTheLinkIsEnded() {
        String name = "sso" + UNIQUE.incrementAndGet();
        run(em -> new JpaAccounts(em).add(UserAccount.linkedToProvider(name, "Sso User", "$2a$10$" + "x".repeat(53), Set.of(Roles.STAFF))));
        boolean linked = inTransaction(em -> new JpaAccounts(em).find(name).orElseThrow().isProviderLinked());
        run(em -> new JpaAccounts(em).find(name).orElseThrow().endProviderLink());
        boolean after = inTransaction(em -> new JpaAccounts(em).find(name).orElseThrow().isProviderLinked());
        assertThat(linked).isTrue();
        assertThat(after).isFalse();
    }

    @Test
    void anAccountIsActiveInTheRolesItHasOnly() {
        String name = "marta" + UNIQUE.incrementAndGet();
        run(em -> new JpaAccounts(em).add(new UserAccount(name, "Marta Ruiz", "$2a$10$" + "x".repeat(53), Set.of(Roles.ATTORNEY))));
        boolean asAttorney = inTransaction(em -> new JpaAccounts(em).isActive(name, Roles.ATTORNEY));
        boolean asCaseworker = inTransaction(em -> new JpaAccounts(em).isActive(name, Roles.CASEWORKER));
        boolean unknown = inTransaction(em -> new JpaAccounts(em).isActive(name + "x", Roles.ATTORNEY));
        boolean nobody = inTransaction(em -> new JpaAccounts(em).isActive(null, Roles.ATTORNEY));
        List<AccountName> attorneys = inTransaction(em -> new JpaAccounts(em).activeWithRole(Roles.ATTORNEY));
        assertThat(asAttorney).isTrue();
        assertThat(asCaseworker).isFalse();
        assertThat(unknown).isFalse();
        assertThat(nobody).isFalse();
        assertThat(attorneys).contains(new AccountName(name, "Marta Ruiz"));
    }

    @Test
    void theRepositoriesQueriesRunOnTheMigratedSchema() {
        caseWith("Repositorio", "Ana", null, 0, 1);
        run(em -> {
            var facilities = new org.amparo.reference.infrastructure.JpaFacilities(em);
            assertThat(facilities.namesByName()).hasSameSizeAs(facilities.all()).isSortedAccordingTo(
                    java.util.Comparator.comparing(org.amparo.reference.domain.ReferenceName::name));
            assertThat(facilities.allWithJurisdictionByName()).hasSameSizeAs(facilities.all());
            var jurisdictions = new org.amparo.reference.infrastructure.JpaJurisdictions(em);
            assertThat(jurisdictions.namesByName()).hasSameSizeAs(jurisdictions.allByName()).hasSameSizeAs(jurisdictions.all());
            Jurisdiction j = jurisdictions.allByName().get(0);
            assertThat(jurisdictions.history(j.getId())).isNotEmpty()
                    .allSatisfy(past -> assertThat(past.jurisdiction().getId()).isEqualTo(j.getId()));
            var forms = new org.amparo.reference.infrastructure.JpaIceDocumentForms(em);
            assertThat(forms.codesInUseFirst()).isNotEmpty().hasSameSizeAs(forms.allByCode());
            assertThat(forms.find(forms.codesInUseFirst().get(0))).isPresent();
            var agreements = new org.amparo.reference.infrastructure.JpaAgreements287g(em);
            assertThat(agreements.withJurisdictionByState(true)).hasSameSizeAs(agreements.allWithJurisdiction());
            assertThat(agreements.withJurisdictionByState(false)).allMatch(a -> a.getEndedOn() == null);
            var log = new org.amparo.reference.infrastructure.JpaReferenceImportLog(em);
            assertThat(log.latest(100)).hasSizeLessThanOrEqualTo(100);
            assertThat(log.lastAsOf(org.amparo.reference.domain.ReferenceImport.Kind.ICE_287G)).isNotNull();
            assertThat(new org.amparo.imports.infrastructure.JpaImportLayouts(em).find("no such layout")).isEmpty();
        });
        String owner = "drafter" + UNIQUE.incrementAndGet();
        long draftId = inTransaction(em -> {
            IntakeDraft draft = new IntakeDraft(owner);
            draft.save("Ana", "{}", Instant.now());
            new org.amparo.casefile.infrastructure.JpaDrafts(em).add(draft);
            em.flush();
            return draft.getId();
        });
        run(em -> new org.amparo.casefile.infrastructure.JpaDrafts(em).removeOwned(draftId, "someone else"));
        List<IntakeDraft> kept = inTransaction(em -> new org.amparo.casefile.infrastructure.JpaDrafts(em).latestOf(owner, 50));
        assertThat(kept).extracting(IntakeDraft::getId).containsExactly(draftId);
        run(em -> new org.amparo.casefile.infrastructure.JpaDrafts(em).removeOwned(draftId, owner));
        List<IntakeDraft> left = inTransaction(em -> new org.amparo.casefile.infrastructure.JpaDrafts(em).latestOf(owner, 50));
        assertThat(left).isEmpty();
    }

    /** The reminders' queries run on the real schema (H2, or PostgreSQL with -Dpostgres), and each email is claimed once. */
    @Test
    void theRemindersQueriesRunAndAnEmailIsClaimedByOneServerOnly() {
        Instant now = Instant.parse("2026-11-30T18:00:00Z");
        inTransaction(em -> {
            var candidates = new org.amparo.notifications.infrastructure.ReminderCandidates(em);
            assertThat(candidates.holdsExpiring(now, now.plusSeconds(43_200), null, 0, 10)).isNotNull();
            assertThat(candidates.holdsExpiring(now, now.plusSeconds(43_200), "someone", 500, 10)).isEmpty();
            assertThat(candidates.hearings(now, now.plusSeconds(172_800), null, 0, 10)).isNotNull();
            assertThat(candidates.hearings(now, now.plusSeconds(172_800), "someone", 0, 10)).isEmpty();
            assertThat(candidates.supervisors()).isNotNull();
            assertThat(candidates.supervisorsOnCall()).isNotNull();
            assertThat(candidates.roles("no such user")).isEmpty();
            assertThat(candidates.locale("no such user")).isNull();
            java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
            assertThat(candidates.stepsDue("no such user", today, today.plusDays(60), 10)).isEmpty();
            assertThat(candidates.nextMeetings(today, today.plusDays(60), 10)).isNotNull();
            assertThat(candidates.promisesDue(today, today.plusDays(60), 10)).isNotNull();
            var checklists = new org.amparo.monitoring.infrastructure.ChecklistStore(em);
            assertThat(checklists.answersOf(987_654_321L)).as("meeting answers as checklist evidence").isEmpty();
            assertThat(checklists.answersOf(987_654_321L, java.util.Set.of(1L, 2L))).isEmpty();
            return null;
        });
        String user = "reminded" + UNIQUE.incrementAndGet();
        long id = inTransaction(em -> {
            em.persist(new UserAccount(user, "Reminded", "x", java.util.Set.of("caseworker")));
            var n = new org.amparo.notifications.domain.Notification(user, org.amparo.notifications.domain.NotificationKind.HOLD_EXPIRING,
                    "hold:1:" + UNIQUE.get(), 1L, now, java.time.ZoneId.of("America/Chicago"), 0, true, now);
            new org.amparo.notifications.infrastructure.JpaNotifications(em).add(n);
            em.flush();
            return n.getId();
        });
        String noLanguage = inTransaction(em -> new org.amparo.notifications.infrastructure.ReminderCandidates(em).locale(user));
        assertThat(noLanguage).as("a person who never chose a language").isNull();
        Instant stale = now.minusSeconds(600);
        List<Long> pending = inTransaction(em -> new org.amparo.notifications.infrastructure.JpaNotifications(em).pendingEmails(stale, 10));
        assertThat(pending).contains(id);
        Boolean first = inTransaction(em -> new org.amparo.notifications.infrastructure.JpaNotifications(em).claimEmail(id, now, stale));
        Boolean second = inTransaction(em -> new org.amparo.notifications.infrastructure.JpaNotifications(em).claimEmail(id, now, stale));
        Boolean afterDeath = inTransaction(em -> new org.amparo.notifications.infrastructure.JpaNotifications(em)
                .claimEmail(id, now.plusSeconds(900), now.plusSeconds(300)));
        Boolean made = inTransaction(em -> new org.amparo.notifications.infrastructure.JpaNotifications(em)
                .exists(user, "hold:1:" + UNIQUE.get()));
        assertThat(first).as("the first server takes it").isTrue();
        assertThat(second).as("a second server does not").isFalse();
        assertThat(afterDeath).as("a claim ten minutes old is taken to have died").isTrue();
        assertThat(made).isTrue();
    }

    @Test
    void signedInSessionsAreListedAcrossServersAndEndedByTheirMark() {
        String user = "signed" + UNIQUE.incrementAndGet();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        inTransaction(em -> {
            var store = new org.amparo.security.infrastructure.JpaSignedInSessions(em);
            store.add(new org.amparo.security.domain.SignedInSession("a-" + user, user, "page", "amparo-a", now, true));
            store.add(new org.amparo.security.domain.SignedInSession("b-" + user, user, "api", "amparo-b", now.minusSeconds(7200), false));
            return null;
        });
        List<String> going = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em)
                .going(now.minusSeconds(1800)).stream().map(org.amparo.security.domain.SignedInSession::getHandle).toList());
        assertThat(going).as("used within the half hour, whichever server").contains("a-" + user).doesNotContain("b-" + user);
        Boolean touched = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em)
                .touch("a-" + user, now.plusSeconds(90), now.plusSeconds(30)));
        assertThat(touched).as("a use a minute and a half on is written").isTrue();
        Integer ended = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em).endAllOf(user, now.plusSeconds(100)));
        assertThat(ended).isEqualTo(2);
        Boolean touchedAfterEnd = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em)
                .touch("a-" + user, now.plusSeconds(200), now.plusSeconds(140)));
        assertThat(touchedAfterEnd).as("a use recorded after the end writes nothing").isFalse();
        Boolean endedSeen = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em).find("a-" + user).orElseThrow().ended());
        assertThat(endedSeen).as("the mark the holding server reads").isTrue();
        Boolean endedTwice = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em).end("a-" + user, now.plusSeconds(300)));
        assertThat(endedTwice).as("ending an ended session changes nothing").isFalse();
        Integer forgotten = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em).forgetUnusedSince(now.minusSeconds(3600)));
        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        Boolean stillThere = inTransaction(em -> new org.amparo.security.infrastructure.JpaSignedInSessions(em).find("b-" + user).isPresent());
        assertThat(stillThere).as("unused for a day: forgotten").isFalse();
    }

    @Test
    void theDashboardsCountsPerMonthGiveTheSameFiguresOverTimeAsCountingTheCases() {
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long first = caseWith("Mes", "Uno", null, 0, 2);
        long second = caseWith("Mes", "Dos", null, 0, 1);
        long moved = caseWith("Mes", "Tres", null, 0, 1);
        long deleted = caseWith("Mes", "Borrado", null, 0, 1);
        long closedToday = caseWith("Mes", "Hoy", null, 0, 0);
        long closedLate = caseWith("Mes", "Tarde", null, 0, 0);
        var found = List.of(new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "state law"),
                new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, "county rule"),
                new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.HELD_PAST_EXPIRY, "held on"),
                new org.amparo.cases.domain.CaseFinding(org.amparo.rules.detainer.Finding.NO_NOTICE_TO_PERSON, "no copy"));
        java.time.YearMonth closingMonth = thisMonth.minusMonths(5);
        Long jurisdiction = inTransaction(em -> {
            DetentionCase a = em.find(DetentionCase.class, first);
            // The last second of a month and the first of this one: the two sides of a month's edge.
            a.close(org.amparo.cases.domain.CaseOutcome.RELEASED, closingMonth.atEndOfMonth().atTime(23, 59, 59).toInstant(java.time.ZoneOffset.UTC));
            a.receiveIceDocument(em.find(IceDocumentForm.class, "I_247D"), thisMonth.minusMonths(8).atDay(15).atTime(23, 30), false);
            a.recordScreening(null, "test", null, false, null, found, Instant.now());
            DetentionCase b = em.find(DetentionCase.class, second);
            b.close(org.amparo.cases.domain.CaseOutcome.TRANSFERRED_TO_ICE, thisMonth.atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
            b.recordScreening(null, "test", null, false, null, found.subList(2, 3), Instant.now());
            DetentionCase c = em.find(DetentionCase.class, moved);
            c.holdAt(a.getFacility()); // the same facility and jurisdiction as the first
            c.recordScreening(null, "test", null, false, null, found.subList(0, 1), Instant.now());
            DetentionCase d = em.find(DetentionCase.class, deleted);
            d.close(org.amparo.cases.domain.CaseOutcome.RELEASED, closingMonth.atDay(15).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
            d.recordScreening(null, "test", null, false, null, found, Instant.now());
            d.softDelete("admin", Instant.now());
            return a.getFacility().getJurisdiction().getId();
        });
        Long facility = inTransaction(em -> em.find(DetentionCase.class, first).getFacility().getId());
        LocalDateTime openedAt = thisMonth.minusMonths(6).atEndOfMonth().atTime(23, 59);
        run(em -> em.createNativeQuery("update detention_case set opened_at = :at where id = " + first)
                .setParameter("at", openedAt).executeUpdate());
        Instant countedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var recount = inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).recount(countedAt));
        assertThat(recount.cases()).as("deleted cases are not counted").isEqualTo(
                inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from detention_case where deleted_at is null")
                        .getSingleResult()).longValue()));
        java.util.Optional<org.amparo.dashboard.infrastructure.MonthCounts.Run> last =
                inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).lastRun());
        assertThat(last).as("the run's time, size and length are kept").contains(recount);
        boolean utc = inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).monthsAreUtc());
        assertThat(utc).as("instants are stored as UTC date-times here").isTrue();

        // After the recount: a case closed now (this month, counted from the cases) shows at once; one closed in an
        // earlier month (kept as counts) only after the next recount.
        run(em -> {
            em.find(DetentionCase.class, closedToday).close(org.amparo.cases.domain.CaseOutcome.BOND_GRANTED, Instant.now());
            em.find(DetentionCase.class, closedLate).close(org.amparo.cases.domain.CaseOutcome.LOST_CONTACT,
                    thisMonth.minusMonths(2).atDay(10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        });
        var lastYear = org.amparo.dashboard.application.DashboardFilter.lastYear(today);
        // Twelve whole months to this month's end: this month, not over when counted, is still counted from the cases.
        var twelveMonths = new org.amparo.dashboard.application.DashboardFilter(thisMonth.minusMonths(11).atDay(1),
                thisMonth.atEndOfMonth(), null, null, null, null);
        var stale = inTransaction(em -> org.amparo.dashboard.application.FiguresOverTime.months(
                org.amparo.dashboard.application.FiguresOverTime.parts(twelveMonths, countedAt, new org.amparo.dashboard.infrastructure.DashboardQueries(em)::outcomesByMonth,
                        (from, to) -> new org.amparo.dashboard.infrastructure.MonthCounts(em).outcomesByMonth(null, null, from, to))));
        assertThat(stale).extracting(org.amparo.dashboard.application.DashboardFigures.MonthCount::label)
                .contains("BOND_GRANTED").doesNotContain("LOST_CONTACT");
        Instant recountedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).recount(recountedAt));

        var findings = org.amparo.dashboard.application.Dashboard.CAMPAIGN_FINDINGS;
        for (var filter : List.of(lastYear,
                new org.amparo.dashboard.application.DashboardFilter(null, null, null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(thisMonth.minusMonths(8).atDay(10), closingMonth.atEndOfMonth(), null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(thisMonth.minusMonths(8).atDay(16), thisMonth.minusMonths(8).atEndOfMonth(), null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(closingMonth.atDay(1), thisMonth.atDay(1), null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(thisMonth.atDay(1), thisMonth.atEndOfMonth(), null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(today, today.minusDays(1), null, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(null, null, jurisdiction, null, null, null),
                new org.amparo.dashboard.application.DashboardFilter(thisMonth.minusMonths(11).atDay(2), today, null, facility, null, null))) {
            inTransaction(em -> {
                var cases = new org.amparo.dashboard.infrastructure.DashboardQueries(em);
                var counts = new org.amparo.dashboard.infrastructure.MonthCounts(em);
                var f = filter;
                assertThat(org.amparo.dashboard.application.FiguresOverTime.months(org.amparo.dashboard.application.FiguresOverTime.parts(
                        f, recountedAt, cases::outcomesByMonth, (from, to) -> counts.outcomesByMonth(f.jurisdictionId(), f.facilityId(), from, to))))
                        .as("outcomes, " + f.describe())
                        .isEqualTo(org.amparo.dashboard.application.FiguresOverTime.months(List.of(cases.outcomesByMonth(f))));
                assertThat(org.amparo.dashboard.application.FiguresOverTime.months(org.amparo.dashboard.application.FiguresOverTime.parts(
                        f, recountedAt, cases::detainersByMonth, (from, to) -> counts.detainersByMonth(f.jurisdictionId(), f.facilityId(), from, to))))
                        .as("ICE documents per month, " + f.describe())
                        .isEqualTo(org.amparo.dashboard.application.FiguresOverTime.months(List.of(cases.detainersByMonth(f))));
                assertThat(org.amparo.dashboard.application.FiguresOverTime.labels(org.amparo.dashboard.application.FiguresOverTime.parts(
                        f, recountedAt, cases::detainersByFacility, (from, to) -> counts.detainersByFacility(f.jurisdictionId(), f.facilityId(), from, to))))
                        .as("ICE documents per facility, " + f.describe())
                        .isEqualTo(org.amparo.dashboard.application.FiguresOverTime.labels(List.of(cases.detainersByFacility(f))));
                assertThat(org.amparo.dashboard.application.FiguresOverTime.findings(org.amparo.dashboard.application.FiguresOverTime.parts(
                        f, recountedAt, g -> cases.findingsByJurisdiction(g, findings),
                        (from, to) -> counts.findingsByJurisdiction(f.jurisdictionId(), f.facilityId(), from, to, findings))))
                        .as("findings, " + f.describe())
                        .isEqualTo(org.amparo.dashboard.application.FiguresOverTime.findings(List.of(cases.findingsByJurisdiction(f, findings))));
                return null;
            });
        }
        var closing = inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).outcomesByMonth(jurisdiction, null,
                closingMonth, closingMonth));
        assertThat(closing).as("the case closed in the month's last second, not the deleted one").containsExactly(
                new org.amparo.dashboard.application.DashboardFigures.MonthCount(closingMonth.getYear(), closingMonth.getMonthValue(), "RELEASED", 1));
        var policy = inTransaction(em -> new org.amparo.dashboard.infrastructure.MonthCounts(em).findingsByJurisdiction(jurisdiction,
                null, java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(2099, 12), findings));
        assertThat(policy).as("a case with two reasons of one finding counts once; its moved case with it")
                .extracting(org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding::finding,
                        org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(org.amparo.rules.detainer.Finding.POLICY_CONFLICT, 2L),
                        org.assertj.core.groups.Tuple.tuple(org.amparo.rules.detainer.Finding.HELD_PAST_EXPIRY, 1L));
    }

    @Test
    void aScheduleSlotIsClaimedByOneServerOnly() {
        var watch = org.amparo.jobs.domain.SharedSchedule.HOLD_EXPIRY_WATCH;
        Instant minute = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Boolean first = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(watch, minute.plusSeconds(1)));
        Boolean sameMinute = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(watch, minute.plusSeconds(2)));
        Boolean nextMinute = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(watch, minute.plusSeconds(61)));
        Boolean lateForEarlier = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(watch, minute.plusSeconds(3)));
        var nightly = org.amparo.jobs.domain.SharedSchedule.RETENTION;
        Boolean night = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(nightly, minute));
        Boolean sameNight = inTransaction(em -> new org.amparo.jobs.infrastructure.ScheduleSlots(em).claim(nightly, minute));
        var run = inTransaction(em -> em.find(org.amparo.jobs.domain.ScheduleRun.class, watch));
        assertThat(first).as("the first server's timer runs the minute").isTrue();
        assertThat(sameMinute).as("a second server's timer in the same minute does not").isFalse();
        assertThat(nextMinute).as("the next minute is claimed again").isTrue();
        assertThat(lateForEarlier).as("a timer late for a minute already passed does not run it").isFalse();
        assertThat(night).isTrue();
        assertThat(sameNight).as("a nightly schedule runs once per UTC day").isFalse();
        assertThat(run.getLastSlot()).isEqualTo(minute.plusSeconds(60));
        assertThat(run.getLastNode()).isNotBlank();
    }
}
