package org.amparo.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.process.StepDecision;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;
import org.amparo.people.domain.People;
import org.amparo.people.domain.Arrests;
import org.amparo.cases.domain.CustodyEnd;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.process.CaseProcess;
import org.amparo.process.WorkTask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic, obviously invented demo data: Spanish words for "example", "test", "sample" as family names,
 * fictional counties and jails, A-numbers in the unassigned 999 range. Deterministic (each case drawn from its number
 * with a fixed seed), so every demo installation has the same cases, people, steps and findings; only the ids differ,
 * since several writers ({@link DemoCaseWriter}) write the cases at once. Each call is its own transaction. Only the
 * start-up set-up calls it, as {@link Roles#SYSTEM}.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

    private static final String[] FAMILY_NAMES = {"Ejemplo", "Prueba", "Muestra", "Ficticio", "Simulado",
            "Inventado", "Modelo", "Ensayo", "Demostración", "Ilustración", "Supuesto", "Imaginario"};
    private static final String[] GIVEN_NAMES = {"José", "María", "Ramón", "Inés", "Joaquín", "Lucía", "Andrés",
            "Sofía", "Tomás", "Begoña", "Álvaro", "Verónica", "Martín", "Ángela", "Héctor", "Noemí", "Iñaki", "Zoé"};
    private static final String[] FORMS = {"I_247A", "I_247A", "I_247A", "I_247D", "I_247N", "I_247X", "I_200", "I_247"};
    /** The steps in process order and the role that completes each; how far a demo case got is drawn per case. */
    private static final List<String> STEP_ROLES = List.of(Roles.CASEWORKER, Roles.CASEWORKER, Roles.SUPERVISOR,
            Roles.ATTORNEY, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.SUPERVISOR);

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseProcess workflow;

    @Inject
    DetentionCases cases;

    @Inject
    People people;

    @Inject
    Arrests arrests;

    /** Demo data is written only where the installation asked for it. */
    static boolean demoEnabled() {
        return org.amparo.platform.Installation.demo();
    }

    public boolean noCasesYet() {
        return em.createQuery("select count(c) from DetentionCase c", Long.class).getSingleResult() == 0;
    }

    /** Whether the demo's jurisdictions, facilities, campaign and team are still to be written. */
    public boolean noDemoReferenceDataYet() {
        return em.createQuery("select count(t) from Team t where t.name = :name", Long.class).setParameter("name", DEMO_TEAM)
                .getSingleResult() == 0;
    }

    public void writeReferenceData() {
        requireDemo();
        Jurisdiction ejemplo = persist(new Jurisdiction("Ejemplo County (demo)", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.LOCAL_NO_HOLDS));
        Jurisdiction muestra = persist(new Jurisdiction("Muestra County (demo)", JurisdictionLevel.COUNTY, "TX", DetainerPolicy.NONE));
        Jurisdiction prueba = persist(new Jurisdiction("Prueba City (demo)", JurisdictionLevel.CITY, "IL", DetainerPolicy.NO_HOLDS_NO_ACCESS_NO_NOTIFICATION));
        Jurisdiction modelo = persist(new Jurisdiction("Modelo County (demo)", JurisdictionLevel.COUNTY, "GA", DetainerPolicy.NONE));
        // On the policy map the fictional jurisdictions stand in for real places: Kern County CA, El Paso County TX,
        // Chicago IL (a city: a marker at its place centroid) and Fulton County GA.
        ejemplo.locate("06029", null, null);
        muestra.locate("48141", null, null);
        prueba.locate("1714000", 41.8375, -87.6866);
        modelo.locate("13121", null, null);
        Facility ejemploJail = persist(new Facility("Ejemplo County Jail (demo)", FacilityType.LOCAL_JAIL, "Ejemplo", "CA",
                ZoneId.of("America/Los_Angeles"), ejemplo));
        // Follow the money: the jail rents 40 beds to ICE, and two years of SCAAP money against its budget (fictional).
        ejemploJail.recordIgsa(true, 40, new java.math.BigDecimal("89.50"), LocalDate.of(2027, 9, 30), null);
        for (int[] year : new int[][]{{2024, 412_000, 38_500_000}, {2025, 365_500, 39_200_000}}) {
            em.persist(new org.amparo.monitoring.domain.JailMoney(ejemplo.getId(), year[0], new org.amparo.monitoring.domain.JailMoney.Figures(
                    java.math.BigDecimal.valueOf(year[1]), java.math.BigDecimal.valueOf(year[2]),
                    "County budget and BJA SCAAP award list (demo figures)", null), java.time.Year.now(), "demo", Instant.now()));
        }
        // The jail's own year: its IGSA beds and rate, against 50 beds a day spent on ICE's people at its cost per bed.
        em.persist(new org.amparo.monitoring.domain.JailMoney(ejemplo.getId(), ejemploJail.getId(), 2025,
                new org.amparo.monitoring.domain.JailMoney.Figures(null, null, 40, new java.math.BigDecimal("89.50"), null,
                        new java.math.BigDecimal("142.00"), 18_250, new java.math.BigDecimal("60000"),
                        "Sheriff's office budget request and ICE contract (demo figures)", null),
                java.time.Year.now(), "demo", Instant.now()));
        persist(new Facility("Muestra County Detention Center (demo)", FacilityType.LOCAL_JAIL, "Muestra", "TX", ZoneId.of("America/Chicago"), muestra));
        persist(new Facility("Prueba City Lockup (demo)", FacilityType.LOCAL_JAIL, "Prueba", "IL", ZoneId.of("America/Chicago"), prueba));
        persist(new Facility("Modelo County Jail (demo)", FacilityType.LOCAL_JAIL, "Modelo", "GA", ZoneId.of("America/New_York"), modelo));
        persist(new Facility("Ficticio Processing Center (demo)", FacilityType.ICE_DETENTION, "Ficticio", "GA", ZoneId.of("America/New_York"), modelo));
        persist(new Facility("Simulado State Prison (demo)", FacilityType.STATE_PRISON, "Simulado", "TX", ZoneId.of("America/Chicago"), muestra));
        // Each jurisdiction's authorities, as the toolkit maps them (fictional people, 555 numbers, example.org).
        List<Long> ejemploAuthorities = writeAuthorities(ejemplo.getId(), new Authority.Details(AuthorityOffice.SHERIFF, null, "Sheriff Dana Ejemplo (demo)",
                AuthoritySelection.ELECTED, LocalDate.of(2028, 6, 6), "(661) 555-0100", "sheriff@example.org",
                "1 Courthouse Square, Ejemplo", "https://example.org/sheriff", "Runs the county jail; answers to voters."),
                new Authority.Details(AuthorityOffice.COUNTY_BOARD_MEMBER, "District 3", "Supervisor Luis Ejemplo (demo)",
                        AuthoritySelection.ELECTED, LocalDate.of(2028, 11, 7), "(661) 555-0103", null, null, null,
                        "Chairs the public safety committee; votes on the sheriff's budget."));
        writeAuthorities(prueba.getId(), new Authority.Details(AuthorityOffice.MAYOR, null, "Mayor Rosa Prueba (demo)",
                AuthoritySelection.ELECTED, LocalDate.of(2027, 4, 6), "(312) 555-0150", "mayor@example.org", null, null, null),
                new Authority.Details(AuthorityOffice.POLICE_CHIEF, null, "Chief Ana Prueba (demo)", AuthoritySelection.APPOINTED,
                        null, "(312) 555-0160", null, null, null, "Appointed by the mayor."));
        // A campaign in Ejemplo County with two of the toolkit's asks, one raised a month ago.
        org.amparo.campaigns.domain.Campaign campaign = org.amparo.campaigns.domain.Campaign.start(ejemplo,
                "ICE out of Ejemplo County (demo)", "demo", Instant.now());
        em.persist(campaign);
        em.flush();
        em.persist(new org.amparo.campaigns.domain.CampaignMessage(campaign.getId(),
                org.amparo.campaigns.domain.MessageAudience.LAW_ENFORCEMENT, org.amparo.campaigns.domain.MessageTheme.FINANCIAL_COSTS,
                "ICE does not pay for the days the jail holds people on its requests: the county does. "
                        + "Judges have found counties liable for those holds.", "demo", Instant.now()));
        org.amparo.campaigns.domain.CampaignAsk refuse = org.amparo.campaigns.domain.CampaignAsk.sample(campaign.getId(),
                org.amparo.campaigns.domain.SampleAsk.REFUSE_CUSTODY_REQUESTS, "demo", Instant.now());
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        var goal = org.amparo.campaigns.domain.NoteKind.GOAL;
        em.persist(new org.amparo.campaigns.domain.CampaignNote(campaign.getId(), goal,
                "Stop the county jail's cooperation with ICE.", null, null, null, today, "demo", Instant.now()));
        em.persist(new org.amparo.campaigns.domain.CampaignNote(campaign.getId(), org.amparo.campaigns.domain.NoteKind.RESEARCH,
                "The jail holds people past their release on ICE's requests and lets ICE agents interview people inside.",
                "Hotline calls and the jail's answer to a records request (demo)", today.minusDays(60), null, today, "demo",
                Instant.now()));
        refuse.progress(org.amparo.campaigns.domain.AskStatus.RAISED, today.minusDays(30), today, "demo", Instant.now());
        em.persist(refuse);
        em.persist(org.amparo.campaigns.domain.CampaignAsk.sample(campaign.getId(), org.amparo.campaigns.domain.SampleAsk.END_287G,
                "demo", Instant.now()));
        writeMeeting(campaign.getId(), ejemploAuthorities.get(0), today);
        em.persist(new org.amparo.campaigns.domain.CampaignTarget(campaign.getId(), ejemploAuthorities.get(0),
                org.amparo.campaigns.domain.TargetRank.PRIMARY, "Controls the county jail", "demo", Instant.now()));
        em.persist(new org.amparo.campaigns.domain.CampaignTarget(campaign.getId(), ejemploAuthorities.get(1),
                org.amparo.campaigns.domain.TargetRank.SECONDARY, "Votes on the sheriff's budget", "demo", Instant.now()));
        em.persist(new org.amparo.campaigns.domain.CampaignAlly(campaign.getId(), org.amparo.campaigns.domain.AllyType.PUBLIC_DEFENDER,
                "Ejemplo County Public Defender (demo)", "(661) 555-0140", "Sees clients held for ICE", "demo", Instant.now()));
        em.persist(new org.amparo.campaigns.domain.CampaignAlly(campaign.getId(), org.amparo.campaigns.domain.AllyType.FAITH,
                "Iglesia San Ejemplo (demo)", null, "Hosts the know-your-rights nights", "demo", Instant.now()));
        // The plan of action: a step done, one the demo caseworker has overdue (planned three weeks ago), one ahead.
        org.amparo.campaigns.domain.CampaignStep briefing = new org.amparo.campaigns.domain.CampaignStep(campaign.getId(),
                "Brief the board member's staff on the hold data (demo)", Roles.SUPERVISOR, today.minusDays(10), today.minusDays(21),
                "demo", Instant.now());
        briefing.done(today.minusDays(12), Roles.SUPERVISOR, Instant.now());
        em.persist(briefing);
        em.persist(new org.amparo.campaigns.domain.CampaignStep(campaign.getId(), "Collect three families' stories with consent (demo)",
                Roles.CASEWORKER, today.minusDays(3), today.minusDays(21), "demo", Instant.now()));
        em.persist(new org.amparo.campaigns.domain.CampaignStep(campaign.getId(), "Ask for time at the next board meeting (demo)",
                Roles.CASEWORKER, today.plusDays(14), today, "demo", Instant.now()));
        // Per-case access: the demo caseworker and attorney are one team that works every demo jurisdiction, so each
        // role still sees the demo cases; supervisors and admins see every case anyway.
        org.amparo.security.domain.Team team = new org.amparo.security.domain.Team(DEMO_TEAM, Instant.now());
        for (String member : List.of(Roles.CASEWORKER, Roles.ATTORNEY)) {
            if (em.find(org.amparo.security.domain.UserAccount.class, member) != null) {
                team.addMember(member);
            }
        }
        em.persist(team);
        for (Jurisdiction j : List.of(ejemplo, muestra, prueba, modelo)) {
            j.giveToTeam(team.getId());
        }
    }

    /** The demo installation's one team (the demo caseworker and attorney; every demo jurisdiction). */
    public static final String DEMO_TEAM = "Hotline (demo)";

    /**
     * What every demo case is drawn against: the facilities (by id, the order the draw picks from), the time the demo
     * is written at (to the minute), and whether the database is PostgreSQL, read once for all the cases however many
     * writers write them.
     */
    public record Setting(List<Long> facilities, Instant now, boolean postgres) {
    }

    public Setting setting() {
        return new Setting(List.copyOf(em.createQuery("select f.id from Facility f order by f.id", Long.class).getResultList()),
                Instant.now().truncatedTo(ChronoUnit.MINUTES),
                em.unwrap(org.hibernate.Session.class).doReturningWork(org.amparo.platform.Databases::isPostgres));
    }

    /**
     * Writes demo case number {@code i} in a transaction of its own, with its process advanced to a drawn step. A case's
     * facts are drawn from its number alone, so a case is the same whoever writes it and in whatever order.
     */
    public void writeCase(int i, Setting setting) {
        requireDemo();
        if (setting.postgres()) {
            commitWithoutWaitingForTheDisk();
        }
        Instant now = setting.now();
        Random random = new Random(1_000_003L * i);
        Person person = new Person(pick(random, FAMILY_NAMES) + " " + pick(random, FAMILY_NAMES),
                pick(random, GIVEN_NAMES), LocalDate.of(1960 + random.nextInt(46), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextInt(5) == 0 ? null : ANumber.parse(String.format("999%06d", i)));
        person.setCountryOfOrigin(pick(random, new String[]{"Mexico", "Guatemala", "Honduras", "El Salvador", "Venezuela", "Haiti"}));
        writeImmigrationHistory(person, random);
        people.save(person);
        writeCriminalHistory(person, random);

        Facility facility = em.find(Facility.class, setting.facilities().get(random.nextInt(setting.facilities().size())));
        Instant opened = now.minus(random.nextInt(90 * 24), ChronoUnit.HOURS);
        DetentionCase c = new DetentionCase(person, facility, Roles.CASEWORKER, opened);
        LocalDateTime booked = LocalDateTime.ofInstant(opened, facility.getTimeZone()).minusHours(random.nextInt(72));
        c.recordCustody(bookingNumber(i), booked, booked.plusDays(1 + random.nextInt(20)).withMinute(0));
        if (random.nextInt(10) < 6) {
            IceDocumentForm form = em.find(IceDocumentForm.class, pick(random, FORMS));
            Detainer detainer = c.receiveIceDocument(form, booked.plusHours(2 + random.nextInt(30)), random.nextBoolean());
            detainer.recordJailResponse(random.nextInt(3) == 0 ? null : random.nextBoolean(),
                    random.nextInt(3) == 0 ? null : random.nextBoolean());
        }
        endCustodyIfReleaseHasPassed(c, LocalDateTime.ofInstant(now, facility.getTimeZone()), random);
        // The case's opening (which starts its process) and its steps are one unit of the engine's work: it writes
        // the process as it ends up, once, not each step's tasks and variables in turn. The case is screened as any
        // case is: when it opens, and by the process's screening step once its intake is done; the steps taken after
        // change none of the screened facts.
        workflow.asOneUnit(() -> {
            cases.save(c);
            advance(c, random.nextInt(STEP_ROLES.size() + 1), random);
            cases.save(c);
        });
    }

    /**
     * This transaction's commit does not wait for its log to reach the disk ({@code synchronous_commit
     * off}, for this transaction only): the demo commits one case at a time, and three hundred waits for the disk took
     * seconds on the development machine. What it risks is demo data alone: a machine that fails within a fraction of a
     * second of a commit loses the last cases written, never the database's consistency (a later start finds cases
     * and leaves the demo as it is). PostgreSQL only: H2 does not wait for the disk at a commit anyway.
     */
    private void commitWithoutWaitingForTheDisk() {
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    }

    /** Demo case number {@code i}'s booking number, which tells its number (the ids depend on the order of writing). */
    private static String bookingNumber(int i) {
        return String.format("DEMO-%06d", i);
    }

    /**
     * Two stories on the first cases of Ejemplo County (the demo campaign's county): one told, consented to for evidence
     * reports and vetted by the demo attorney, which the county's evidence report shows; and one told but not vetted,
     * which stays in its case file.
     */
    public void writeStories() {
        requireDemo();
        // The two lowest-numbered, by booking number (decrypted here, so compared here): several writers number the
        // ids in the order they happen to write.
        List<Long> ejemplo = em.createQuery("select c from DetentionCase c join c.facility f join f.jurisdiction j"
                + " where j.name = :name", DetentionCase.class).setParameter("name", "Ejemplo County (demo)").getResultList()
                .stream().sorted(java.util.Comparator.comparing(DetentionCase::getBookingNumber,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .limit(2).map(DetentionCase::getId).toList();
        if (ejemplo.size() < 2) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(org.amparo.platform.ServerZone.get());
        org.amparo.stories.domain.Story vetted = new org.amparo.stories.domain.Story(ejemplo.get(0), "Held after the charges were dropped (demo)",
                "The court dropped the charge on a Friday. The jail kept me until Monday for ICE, without a warrant from a judge. "
                        + "My children did not know where I was for three days. (Invented demo story.)", Roles.CASEWORKER, now);
        vetted.giveConsent(org.amparo.stories.domain.ConsentScope.EVIDENCE_REPORTS, today.minusDays(10), today, Roles.CASEWORKER, now);
        vetted.vet(Roles.ATTORNEY, today.minusDays(7), "No pending criminal case; nothing that identifies the family.", today, now);
        em.persist(vetted);
        em.persist(new org.amparo.stories.domain.Story(ejemplo.get(1), "At the traffic stop (demo)",
                "A deputy asked where I was born and called ICE from the roadside. (Invented demo story, not vetted yet.)",
                Roles.CASEWORKER, now));
    }

    private static void writeImmigrationHistory(Person person, Random random) {
        LocalDate arrived = person.getDateOfBirth().plusYears(2 + random.nextInt(30));
        if (arrived.isAfter(LocalDate.now())) {
            arrived = person.getDateOfBirth().plusYears(1);
        }
        person.recordEntry(arrived, random.nextBoolean() ? "without inspection" : "visa overstay", "Demo border crossing");
        ImmigrationStatus status = random.nextInt(10) < 7 ? ImmigrationStatus.UNDOCUMENTED
                : ImmigrationStatus.values()[random.nextInt(ImmigrationStatus.values().length)];
        Education education = random.nextInt(5) == 0 ? null : Education.values()[random.nextInt(Education.values().length)];
        person.recordImmigrationFacts(status, education, random.nextInt(4) == 0 ? null : arrived,
                random.nextInt(25) == 0, random.nextInt(6) == 0 ? null : random.nextInt(40) == 0);
        if (random.nextInt(8) == 0) {
            person.recordRemovalOrder(LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean());
        }
    }

    /** Most people whose release date passed have left the jail (released or taken by ICE), a few within hours of it. */
    private static void endCustodyIfReleaseHasPassed(DetentionCase c, LocalDateTime nowThere, Random random) {
        LocalDateTime release = c.getScheduledReleaseAt();
        if (release == null || release.isAfter(nowThere) || random.nextInt(10) == 0) {
            return;
        }
        LocalDateTime left = release.plusHours(random.nextInt(10) == 0 ? 49 + random.nextInt(48) : random.nextInt(40));
        c.endCustody(random.nextBoolean() ? CustodyEnd.RELEASED : CustodyEnd.TRANSFERRED_TO_ICE,
                left.isAfter(nowThere) ? nowThere : left);
    }

    private void writeCriminalHistory(Person person, Random random) {
        int count = random.nextInt(4);
        for (int a = 0; a < count; a++) {
            LocalDate on = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (on.isBefore(person.getDateOfBirth())) {
                on = person.getDateOfBirth().plusYears(18); // nothing is recorded before a person's birth
            }
            Arrest arrest = new Arrest(person, on, "Demo Sheriff's Office");
            int charges = 1 + random.nextInt(2);
            for (int k = 0; k < charges; k++) {
                OffenseCategory category = OffenseCategory.values()[random.nextInt(OffenseCategory.values().length)];
                OffenseLevel level = category == OffenseCategory.MINOR_TRAFFIC ? OffenseLevel.INFRACTION
                        : random.nextInt(4) == 0 ? OffenseLevel.FELONY : OffenseLevel.MISDEMEANOR;
                Charge charge = arrest.charge("Demo charge: " + category.name().toLowerCase().replace('_', ' '), level, category);
                switch (random.nextInt(4)) {
                    case 0 -> charge.convict(on.plusMonths(3), random.nextInt(4) * 45, random.nextBoolean(), random.nextInt(10) == 0);
                    case 1 -> charge.close(Disposition.DISMISSED, on.plusMonths(2));
                    case 2 -> charge.close(Disposition.DIVERSION, on.plusMonths(2));
                    default -> { /* still pending */ }
                }
            }
            arrests.save(arrest);
        }
    }

    /** Completes the first {@code steps} main-path tasks of the case, as the people who own them would. */
    private void advance(DetentionCase c, int steps, Random random) {
        for (int s = 0; s < steps; s++) {
            WorkTask task = workflow.openTasksOfInstance(c.getId(), c.getProcessInstanceId()).stream().filter(t -> t.step().isMainPath())
                    .findFirst().orElse(null);
            if (task == null) {
                return;
            }
            if (task.step() == org.amparo.process.CaseStep.ATTORNEY_REFERRAL) {
                c.assignAttorney(Roles.ATTORNEY);
            }
            Completion done = completion(task.step(), random);
            workflow.complete(task.id(), done.user(), done.decision());
        }
    }

    /** Who completes a demo case's step, and with what decision. */
    public record Completion(String user, StepDecision decision) {
    }

    /**
     * Who completes a demo case's step and the decision they take, drawn with the case's {@code random}. Public for the
     * demo row's component baseline in the benchmarks ({@code CaseProcessAlone}), which completes its steps alike.
     */
    public static Completion completion(org.amparo.process.CaseStep step, Random random) {
        return switch (step) {
            case INTAKE -> new Completion(Roles.CASEWORKER, new StepDecision.IntakeCompleted());
            case ICE_HOLD_CHECK -> new Completion(Roles.CASEWORKER, new StepDecision.HoldVerified());
            case ATTORNEY_REFERRAL -> new Completion(Roles.SUPERVISOR, new StepDecision.AttorneyAssigned(Roles.ATTORNEY));
            case ATTORNEY_RESPONSE -> new Completion(Roles.ATTORNEY,
                    new StepDecision.ReferralAccepted(Instant.now().plus(random.nextInt(6) - 2, ChronoUnit.DAYS)));
            case ATTORNEY_REVIEW -> new Completion(Roles.ATTORNEY, new StepDecision.ReviewCompleted(random.nextInt(4) == 0));
            case CAMPAIGN_APPROVAL -> new Completion(Roles.SUPERVISOR, new StepDecision.CampaignDecided(random.nextBoolean()));
            case CLOSURE -> new Completion(Roles.SUPERVISOR,
                    new StepDecision.CaseClosed(CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)]));
            default -> new Completion(Roles.SUPERVISOR, new StepDecision.AlertAcknowledged());
        };
    }

    /**
     * A meeting with the demo sheriff six weeks ago, as the toolkit runs one: roles, three questions of its bank with
     * answers, and two promises, one kept and one overdue (fictional people).
     */
    private void writeMeeting(long campaignId, long sheriff, LocalDate today) {
        Instant now = Instant.now();
        LocalDate held = today.minusWeeks(6);
        var m = org.amparo.campaigns.domain.Meeting.held(campaignId, held, "Ejemplo County Sheriff's Office (demo)", sheriff,
                null, today, "demo", now);
        m.attend("Marta Organizadora (demo)", "Comité Ejemplo (demo)", org.amparo.campaigns.domain.MeetingRole.FACILITATOR, "demo", now);
        m.attend("Jorge Notas (demo)", "Comité Ejemplo (demo)", org.amparo.campaigns.domain.MeetingRole.NOTE_TAKER, "demo", now);
        m.attend("Sheriff Dana Ejemplo (demo)", null, org.amparo.campaigns.domain.MeetingRole.LAW_ENFORCEMENT, "demo", now);
        m.ask(org.amparo.campaigns.domain.MeetingQuestion.RECEIVE_DETAINERS, null,
                "Yes: holds and notification requests, about a dozen a month.", "demo", now);
        m.ask(org.amparo.campaigns.domain.MeetingQuestion.ICE_AT_JAIL, null,
                "Agents come most weekdays; they have no desk but use the booking office.", "demo", now);
        m.ask(org.amparo.campaigns.domain.MeetingQuestion.COPY_OF_DETAINER, null, null, "demo", now);
        var policies = m.promise(org.amparo.campaigns.domain.PromiseKind.POLICIES, null, held.plusWeeks(2), "demo", now);
        m.promise(org.amparo.campaigns.domain.PromiseKind.DATA, "Detainers received this year and how many were honoured",
                held.plusWeeks(4), "demo", now);
        em.persist(m);
        em.flush();
        policies.settle(org.amparo.campaigns.domain.PromiseState.KEPT, held.plusWeeks(2), today, "demo", now);
    }

    /** The jurisdiction's authorities; returns their ids in the order given. */
    private List<Long> writeAuthorities(long jurisdictionId, Authority.Details... authorities) {
        List<Long> ids = new java.util.ArrayList<>();
        for (Authority.Details d : authorities) {
            Authority a = new Authority(jurisdictionId, d, "demo", Instant.now());
            em.persist(a);
            ids.add(a.getId());
        }
        return ids;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void requireDemo() {
        if (!demoEnabled()) {
            throw new IllegalStateException("Demo data is only written when amparo.demo=true");
        }
    }
}
