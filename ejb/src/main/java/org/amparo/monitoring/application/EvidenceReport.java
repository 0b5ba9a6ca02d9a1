package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.CampaignNote;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.NoteKind;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.cases.application.CaseAccess;
import org.amparo.exports.application.ExportAbout;
import org.amparo.exports.domain.ExportMode;
import org.amparo.monitoring.domain.ChecklistEntry;
import org.amparo.monitoring.domain.ChecklistItem;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.monitoring.domain.Evidence;
import org.amparo.monitoring.domain.EvidenceKind;
import org.amparo.monitoring.domain.SmallCounts;
import org.amparo.monitoring.infrastructure.ChecklistStore;
import org.amparo.monitoring.infrastructure.MonitoringQueries;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.rules.detainer.Finding;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;
import org.amparo.stories.domain.Stories;
import org.amparo.stories.domain.Story;
import org.amparo.stories.domain.StoryOutlet;
import org.amparo.stories.domain.StoryUse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A jurisdiction's evidence report (issue 14): what a campaign shows a sheriff, a board or the press, as one workbook,
 * de-identified, for a period or for all time. A summary (policy, case figures by finding, ICE documents by form,
 * hotline reports, promises), ICE documents by month and form, the cases with a finding counted by facility, year and
 * finding, the monitoring checklist with how much evidence each practice has, the jurisdiction's authorities, and the
 * promises made at the campaign's meetings.
 * <p>
 * Nothing in it identifies a person: no names, A-numbers, booking numbers, dates of birth, case ids or rows of single
 * cases, and no free text written about a case or a practice (notes, checklist sources). Every count of people or
 * their documents follows {@link SmallCounts}: 1 to 4 reads "fewer than 5", and a total over a hidden part reads as
 * the least it can be. The cases are those the caller may count (the dashboard's rule), so every role may download it;
 * each download is audited.
 * <p>
 * The one free text of a person it holds is a story that has both the person's consent (not withdrawn, and covering
 * evidence reports) and an attorney's vetting, shown as a vetted story with its vetting day and nothing that says whose
 * it is; each story included is recorded as used ({@link StoryUse}), so a later withdrawal can say where it went. The
 * campaign's outcomes in the period close the report: the day and how it went, in words, without the supervisors' own
 * text (free text written by people may name someone; a vetted story is the only free text the report carries).
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class EvidenceReport {

    /** At most this many cases are counted (a county's years of casework fit). */
    static final int MAX_CASES = 200_000;
    /** At most this many vetted stories in one report. */
    static final int MAX_STORIES = 200;
    /** Without a period, how far back the summary counts hotline reports. */
    static final int REPORT_DAYS = 365;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    MonitoringQueries queries;

    @Inject
    ChecklistStore checklist;

    @EJB
    CaseAccess access;

    @EJB
    JurisdictionAuthorities authorities;

    @EJB
    FollowTheMoney money;

    @Inject
    Campaigns campaigns;

    @Inject
    Stories stories;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A line of the summary: what, and how much or which. */
    record Line(String what, Object value) {
    }

    /** A checklist practice with its state and how much evidence shows it. */
    record Practice(String group, String practice, String state, Object observedOn, Object cases, Object reports,
                    boolean bySystem, String stateCode) {
    }

    /** A promise made at a meeting with law enforcement, and whether it was kept. */
    record PromiseLine(String meeting, String met, String promise, LocalDate dueOn, String state, LocalDate settledOn,
                       boolean overdue) {
    }

    /** How many cases of a facility, opened in a year, have a finding. */
    record FindingCount(String facility, int year, String finding, String findingCode, Object cases) {
    }

    /** How many ICE documents of a form a month brought. */
    record FormCount(String month, String form, String formCode, Object documents) {
    }

    /** A story with consent and vetting, as the report shows it: never whose it is. */
    record StoryLine(String shownAs, String text, LocalDate vettedOn) {
    }

    /** One of the campaign's outcomes: the day and how it went (never the words written for it). */
    record OutcomeLine(LocalDate day, String result) {
    }

    /** A bar of a chart: what it counts and the count as the report may show it. */
    record Bar(String label, SmallCounts.Shown count) {
    }

    /** Everything the report shows, gathered once and written as a workbook or a PDF. */
    record Figures(String title, String jurisdiction, String period, List<Line> summary, List<FormCount> formCounts,
                   List<FindingCount> findingCounts, List<Practice> practices, List<AuthorityView> officials,
                   List<PromiseLine> promises, List<Bar> documentsByMonth, List<Bar> casesByFinding, int cases,
                   List<MoneyPicture.Year> money, List<StoryLine> stories, List<OutcomeLine> outcomes,
                   List<Story> storiesUsed, LocalDate from, LocalDate to) {
    }

    /**
     * Writes the report as a workbook in the reader's language, for the cases opened, documents issued and reports of
     * events in [from, to] (either may be null: no bound); returns the rows written in all sheets.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public long writeXlsx(long jurisdictionId, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Figures figures = gather(jurisdictionId, from, to, locale, l);
        String yes = l.getString("file.yes");
        String no = l.getString("file.no");
        var summarySheet = new XlsxTable.Sheet<>(new XlsxTable<Line>(l.getString("evidence.sheet.summary"), List.of(
                new Column<>(l.getString("evidence.what"), 48, Line::what),
                new Column<>(l.getString("evidence.value"), 40, Line::value)), yes, no), figures.summary());
        var documentSheet = new XlsxTable.Sheet<>(new XlsxTable<FormCount>(l.getString("evidence.sheet.documents"), List.of(
                new Column<>(l.getString("evidence.month"), 10, FormCount::month),
                new Column<>(l.getString("evidence.form"), 40, FormCount::form),
                new Column<>(l.getString("evidence.formCode"), 14, FormCount::formCode),
                new Column<>(l.getString("evidence.documentCount"), 14, FormCount::documents)), yes, no), figures.formCounts());
        var findingSheet = new XlsxTable.Sheet<>(new XlsxTable<FindingCount>(l.getString("evidence.sheet.findings"), List.of(
                new Column<>(l.getString("evidence.facility"), 30, FindingCount::facility),
                new Column<>(l.getString("evidence.yearOpened"), 10, FindingCount::year),
                new Column<>(l.getString("evidence.finding"), 50, FindingCount::finding),
                new Column<>(l.getString("evidence.findingCode"), 28, FindingCount::findingCode),
                new Column<>(l.getString("evidence.caseCount"), 14, FindingCount::cases)), yes, no), figures.findingCounts());
        var checklistSheet = new XlsxTable.Sheet<>(new XlsxTable<Practice>(l.getString("evidence.sheet.checklist"), List.of(
                new Column<>(l.getString("evidence.group"), 30, Practice::group),
                new Column<>(l.getString("evidence.practice"), 60, Practice::practice),
                new Column<>(l.getString("evidence.state"), 14, Practice::state),
                new Column<>(l.getString("evidence.observedOn"), 12, Practice::observedOn),
                new Column<>(l.getString("evidence.caseEvidence"), 10, Practice::cases),
                new Column<>(l.getString("evidence.reportEvidence"), 10, Practice::reports),
                new Column<>(l.getString("evidence.bySystem"), 10, Practice::bySystem),
                new Column<>(l.getString("evidence.stateCode"), 14, Practice::stateCode)), yes, no), figures.practices());
        var authoritySheet = new XlsxTable.Sheet<>(new XlsxTable<AuthorityView>(l.getString("evidence.sheet.authorities"), List.of(
                new Column<>(l.getString("evidence.office"), 28, a -> Labels.of(a.office(), locale)),
                new Column<>(l.getString("evidence.seat"), 20, AuthorityView::title),
                new Column<>(l.getString("evidence.holder"), 26, AuthorityView::holderName),
                new Column<>(l.getString("evidence.selection"), 12, a -> a.selection() == null ? null : Labels.of(a.selection(), locale)),
                new Column<>(l.getString("evidence.nextElection"), 12, AuthorityView::nextElection),
                new Column<>(l.getString("evidence.phone"), 18, AuthorityView::phone),
                new Column<>(l.getString("evidence.email"), 26, AuthorityView::email),
                new Column<>(l.getString("evidence.website"), 30, AuthorityView::website),
                new Column<>(l.getString("evidence.address"), 30, AuthorityView::address)), yes, no), figures.officials());
        var promiseSheet = new XlsxTable.Sheet<>(new XlsxTable<PromiseLine>(l.getString("evidence.sheet.promises"), List.of(
                new Column<>(l.getString("evidence.meetingMonth"), 12, PromiseLine::meeting),
                new Column<>(l.getString("evidence.met"), 28, PromiseLine::met),
                new Column<>(l.getString("evidence.promise"), 50, PromiseLine::promise),
                new Column<>(l.getString("evidence.dueOn"), 12, PromiseLine::dueOn),
                new Column<>(l.getString("evidence.kept"), 14, PromiseLine::state),
                new Column<>(l.getString("evidence.settledOn"), 12, PromiseLine::settledOn),
                new Column<>(l.getString("evidence.overdue"), 10, PromiseLine::overdue)), yes, no), figures.promises());

        var outcomeSheet = new XlsxTable.Sheet<>(new XlsxTable<OutcomeLine>(l.getString("evidence.sheet.outcomes"), List.of(
                new Column<>(l.getString("evidence.outcomeDay"), 12, OutcomeLine::day),
                new Column<>(l.getString("evidence.outcomeResult"), 14, OutcomeLine::result)), yes, no), figures.outcomes());
        var storySheet = new XlsxTable.Sheet<>(new XlsxTable<StoryLine>(l.getString("evidence.sheet.stories"), List.of(
                new Column<>(l.getString("evidence.storyShownAs"), 16, StoryLine::shownAs),
                new Column<>(l.getString("evidence.storyText"), 100, StoryLine::text),
                new Column<>(l.getString("evidence.vettedOnColumn"), 14, StoryLine::vettedOn)), yes, no), figures.stories());

        String allJails = l.getString("evidence.allJails");
        var moneySheet = new XlsxTable.Sheet<>(new XlsxTable<MoneyPicture.Year>(l.getString("evidence.sheet.money"), List.of(
                new Column<>(l.getString("evidence.fiscalYear"), 12, MoneyPicture.Year::fiscalYear),
                new Column<>(l.getString("evidence.facility"), 30, y -> y.facility() == null ? allJails : y.facility()),
                new Column<>(l.getString("evidence.scaap"), 18, MoneyPicture.Year::scaapReceived),
                new Column<>(l.getString("evidence.igsaMoney"), 18, MoneyPicture.Year::igsaMoney),
                new Column<>(l.getString("evidence.igsaEstimated"), 16, MoneyPicture.Year::igsaEstimated),
                new Column<>(l.getString("evidence.budget"), 20, MoneyPicture.Year::jailBudget),
                new Column<>(l.getString("evidence.share"), 16, MoneyPicture.Year::scaapShare),
                new Column<>(l.getString("evidence.broughtIn"), 18, MoneyPicture.Year::broughtIn),
                new Column<>(l.getString("evidence.cost"), 18, MoneyPicture.Year::cost),
                new Column<>(l.getString("evidence.balance"), 18, MoneyPicture.Year::balance),
                new Column<>(l.getString("evidence.costCovered"), 16, MoneyPicture.Year::costCovered)), yes, no), figures.money());

        Map<String, String> about = ExportAbout.of(l, figures.title(), clock.instant(), session.getCallerPrincipal().getName(),
                ExportMode.DEIDENTIFIED);
        try {
            long written = XlsxTable.writeWorkbook(List.of(summarySheet, documentSheet, findingSheet, checklistSheet, authoritySheet,
                    promiseSheet, outcomeSheet, storySheet, moneySheet), about, out);
            recorded(jurisdictionId, from, to, StoryUse.Format.XLSX, figures);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report as a PDF in the reader's language, with its charts, for the same period and under the same
     * rules as the workbook; returns its pages.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public int writePdf(long jurisdictionId, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Figures figures = gather(jurisdictionId, from, to, locale, l);
        try {
            int pages = new EvidencePdf(l, locale).write(figures, clock.instant(), out);
            recorded(jurisdictionId, from, to, StoryUse.Format.PDF, figures);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audits the report (ids and counts only) and records where each story in it went. */
    private void recorded(long jurisdictionId, LocalDate from, LocalDate to, StoryUse.Format format, Figures figures) {
        String by = session.getCallerPrincipal().getName();
        Instant at = clock.instant();
        for (Story story : figures.storiesUsed()) {
            stories.add(new StoryUse(story, jurisdictionId, format, figures.from(), figures.to(), by, at));
        }
        audit.record("evidence.exported", "Jurisdiction", jurisdictionId, "format=" + format.name().toLowerCase(Locale.ROOT)
                + " cases=" + figures.cases() + (from == null ? "" : " from=" + from) + (to == null ? "" : " to=" + to)
                + " stories=" + figures.storiesUsed().stream().map(Story::getId).toList());
    }

    private Figures gather(long jurisdictionId, LocalDate fromDay, LocalDate toDay, Locale locale, ResourceBundle l) {
        // the report keeps its period with the stories it used
        validation.requirePeriod(fromDay, toDay);
        Jurisdiction j = jurisdictions.find(jurisdictionId).orElseThrow(() -> new NotFoundException("Jurisdiction", jurisdictionId));
        // Whole months only: two reports a day apart would otherwise give that day's cases away by subtraction.
        LocalDate from = fromDay == null ? null : fromDay.withDayOfMonth(1);
        LocalDate to = toDay == null ? null : YearMonth.from(toDay).atEndOfMonth();
        String fewer = l.getString("evidence.fewerThan");
        String atLeast = l.getString("evidence.atLeast");
        Instant now = clock.instant();
        ZoneId zone = ServerZone.get();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        var scope = access.scope();

        // Cases with a finding, counted by facility, year opened and finding: never one row per case.
        List<MonitoringQueries.EvidenceCaseRow> rows = queries.evidenceCaseRows(scope, jurisdictionId, start, end, MAX_CASES);
        Map<Long, Set<Finding>> findings = queries.findingsOf(rows.stream().map(MonitoringQueries.EvidenceCaseRow::id).toList());
        Map<String, Long> casesPerPlaceYear = new TreeMap<>();
        Map<Finding, Map<String, Long>> perFinding = new EnumMap<>(Finding.class);
        for (MonitoringQueries.EvidenceCaseRow r : rows) {
            String placeYear = r.facility() + "|" + (r.openedAt() == null ? 0 : r.openedAt().atZone(zone).getYear());
            casesPerPlaceYear.merge(placeYear, 1L, Long::sum);
            findings.getOrDefault(r.id(), Set.of()).forEach(f ->
                    perFinding.computeIfAbsent(f, k -> new TreeMap<>()).merge(placeYear, 1L, Long::sum));
        }
        List<FindingCount> findingCounts = new ArrayList<>();
        perFinding.forEach((f, places) -> places.forEach((placeYear, count) -> {
            int bar = placeYear.lastIndexOf('|');
            findingCounts.add(new FindingCount(placeYear.substring(0, bar), Integer.parseInt(placeYear.substring(bar + 1)),
                    Labels.of(f, locale), f.name(), SmallCounts.of(count).cell(fewer, atLeast)));
        }));
        findingCounts.sort(Comparator.comparing(FindingCount::facility).thenComparing(FindingCount::year)
                .thenComparing(FindingCount::findingCode));

        // ICE documents by month and form.
        List<MonitoringQueries.FormMonthCount> documents = queries.detainersByMonth(scope, jurisdictionId,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay());
        List<FormCount> formCounts = documents.stream().map(d -> new FormCount(YearMonth.of(d.year(), d.month()).toString(),
                Labels.iceForm(d.formCode()), d.formCode(), SmallCounts.of(d.count()).cell(fewer, atLeast))).toList();
        Map<String, List<Long>> perForm = new TreeMap<>();
        documents.forEach(d -> perForm.computeIfAbsent(d.formCode(), k -> new ArrayList<>()).add(d.count()));

        Map<String, ChecklistEntry> entries = checklist.entries(jurisdictionId);
        boolean spanish = "es".equals(locale.getLanguage());
        List<Practice> practices = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            ChecklistEntry e = entries.get(item.getItemKey());
            ChecklistState state = e == null ? ChecklistState.UNKNOWN : e.getState();
            List<Evidence> evidence = e == null ? List.of() : e.getEvidence();
            practices.add(new Practice(Labels.of(item.getGroup(), locale),
                    spanish && item.getWordingEs() != null ? item.getWordingEs() : item.getWording(),
                    // A day Amparo took from a case's finding could point to that case: the month only.
                    Labels.of(state, locale), e == null || e.getObservedOn() == null ? null
                            : e.isBySystem() ? YearMonth.from(e.getObservedOn()).toString() : e.getObservedOn(),
                    SmallCounts.of(evidence.stream().filter(ev -> ev.kind() == EvidenceKind.CASE).count()).cell(fewer, atLeast),
                    SmallCounts.of(evidence.stream().filter(ev -> ev.kind() == EvidenceKind.HOTLINE_REPORT).count()).cell(fewer, atLeast),
                    e != null && e.isBySystem(), state.name()));
        }

        List<Line> summary = new ArrayList<>();
        summary.add(new Line(l.getString("evidence.jurisdiction"), j.getName()));
        String period = from == null && to == null ? l.getString("evidence.allTime")
                : (from == null ? "" : from.toString()) + " \u2013 " + (to == null ? today.toString() : to.toString());
        summary.add(new Line(l.getString("evidence.period"), period));
        summary.add(new Line(l.getString("ref.level"), Labels.of(j.getLevel(), locale)));
        summary.add(new Line(l.getString("ref.state"), j.getStateCode()));
        summary.add(new Line(l.getString("ref.policy"), Labels.of(j.getDetainerPolicy(), locale)));
        summary.add(new Line(l.getString("ref.policyDate"), j.getPolicyDate()));
        summary.add(new Line(l.getString("ref.policySource"), j.getPolicySource()));
        summary.add(new Line(l.getString("evidence.openCases"),
                SmallCounts.of(queries.openCases(scope, jurisdictionId).getOrDefault(jurisdictionId, 0L)).cell(fewer, atLeast)));
        Map<Finding, SmallCounts.Shown> findingTotals = new EnumMap<>(Finding.class);
        perFinding.forEach((f, places) -> findingTotals.put(f, SmallCounts.total(places.values())));
        summary.add(new Line(l.getString("evidence.casesWithFindings"),
                SmallCounts.overlapping(rows.size(), findingTotals.values()).cell(fewer, atLeast)));
        findingTotals.forEach((f, total) -> summary.add(new Line(l.getString("evidence.casesWith") + " " + Labels.of(f, locale),
                total.cell(fewer, atLeast))));
        summary.add(new Line(l.getString("evidence.transfersToIce"), SmallCounts.of(queries.transfersToIce(scope, jurisdictionId,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay())).cell(fewer, atLeast)));
        summary.add(new Line(l.getString("evidence.documents"),
                SmallCounts.total(documents.stream().map(MonitoringQueries.FormMonthCount::count).toList()).cell(fewer, atLeast)));
        perForm.forEach((form, counts) -> summary.add(new Line(l.getString("evidence.documentsOf") + " " + Labels.iceForm(form),
                SmallCounts.total(counts).cell(fewer, atLeast))));
        summary.add(new Line(l.getString("evidence.observed"), practices.stream().filter(p -> p.stateCode().equals("OBSERVED")).count()
                + " / " + practices.size()));
        Instant reportsFrom = start != null ? start : (to != null ? to.plusDays(1) : today).minusDays(REPORT_DAYS).atStartOfDay(zone).toInstant();
        summary.add(new Line(l.getString(start != null ? "evidence.reportsInPeriod" : end != null ? "evidence.reportsBeforeEnd" : "evidence.reports"),
                SmallCounts.of(queries.reportCount(jurisdictionId, reportsFrom, end != null ? end : now)).cell(fewer, atLeast)));

        List<AuthorityView> officials = authorities.of(jurisdictionId);
        List<PromiseLine> promises = promises(j, officials, locale, today);
        for (PromiseState state : PromiseState.values()) {
            summary.add(new Line(l.getString("evidence.promises") + ": " + Labels.of(state, locale),
                    promises.stream().filter(p -> p.state().equals(Labels.of(state, locale))).count()));
        }
        summary.add(new Line(l.getString("evidence.promisesOverdue"), promises.stream().filter(PromiseLine::overdue).count()));
        MoneyPicture jailMoney = money.of(jurisdictionId);
        // The fiscal years the report's period touches (every year for all time).
        List<MoneyPicture.Year> moneyYears = jailMoney.years().stream()
                .filter(y -> org.amparo.monitoring.domain.JailMoney.fiscalYearMeets(y.fiscalYear(), from, to)).toList();
        java.text.NumberFormat dollars = java.text.NumberFormat.getCurrencyInstance(locale);
        dollars.setCurrency(java.util.Currency.getInstance("USD"));
        for (MoneyPicture.Year y : moneyYears) {
            String of = y.facility() == null ? "" : " · " + y.facility();
            if (y.scaapReceived() != null || y.jailBudget() != null) {
                summary.add(new Line(l.getString("evidence.scaapYear") + " " + y.fiscalYear() + of, moneyText(y, dollars, locale, l)));
            }
            String label = l.getString("evidence.moneyCostYear") + " " + y.fiscalYear() + of;
            if (y.costCovered() != null) {
                summary.add(new Line(label, java.text.MessageFormat.format(l.getString("evidence.broughtInAgainstCost"),
                        dollars.format(y.broughtIn()), dollars.format(y.cost()), oneDecimal(locale).format(y.costCovered()))));
            } else if (y.cost() == null && y.igsaMoney() != null) {
                // One side known only (IGSA money without costs, or costs without money): said as it is.
                summary.add(new Line(label, java.text.MessageFormat.format(l.getString("evidence.broughtInOnly"),
                        dollars.format(y.broughtIn()))));
            } else if (y.cost() != null && y.broughtIn() == null) {
                summary.add(new Line(label, java.text.MessageFormat.format(l.getString("evidence.costOnly"), dollars.format(y.cost()))));
            }
        }
        if (jailMoney.igsaPerYear() != null) {
            summary.add(new Line(l.getString("evidence.igsaPerYear"), dollars.format(jailMoney.igsaPerYear())));
        }
        summary.add(new Line(l.getString("evidence.smallCounts"), l.getString("evidence.smallCountsRule")));

        List<Bar> byMonth = new ArrayList<>();
        Map<String, List<Long>> perMonth = new TreeMap<>();
        documents.forEach(d -> perMonth.computeIfAbsent(YearMonth.of(d.year(), d.month()).toString(), k -> new ArrayList<>()).add(d.count()));
        perMonth.forEach((month, counts) -> byMonth.add(new Bar(month, SmallCounts.total(counts))));
        List<Bar> byFinding = new ArrayList<>();
        perFinding.forEach((f, places) -> byFinding.add(new Bar(Labels.of(f, locale), SmallCounts.total(places.values()))));
        // Stories: only those with consent (not withdrawn, covering evidence reports) and vetting, of the cases the
        // report counts; shown as vetted, with nothing that says whose.
        List<Story> usable = stories.usableInJurisdiction(scope, jurisdictionId, start, end, MAX_STORIES).stream()
                .filter(s -> s.usableIn(StoryOutlet.EVIDENCE_REPORT)).toList();
        String vetted = l.getString("evidence.story");
        List<StoryLine> storyLines = usable.stream().map(s -> new StoryLine(vetted, s.getText(), s.getVettedOn())).toList();
        // Every campaign of the jurisdiction, running or closed: a period may span a closed campaign and the next.
        List<OutcomeLine> outcomes = campaigns.allOfJurisdiction(j).stream().flatMap(c -> campaigns.notes(c.getId()).stream())
                .filter(n -> n.getKind() == NoteKind.OUTCOME && n.getHappenedOn() != null
                        && (from == null || !n.getHappenedOn().isBefore(from)) && (to == null || !n.getHappenedOn().isAfter(to)))
                .sorted(Comparator.comparing(CampaignNote::getHappenedOn).thenComparing(CampaignNote::getId))
                .map(n -> new OutcomeLine(n.getHappenedOn(), Labels.of(n.getResult(), locale))).toList();
        return new Figures(l.getString("evidence.title") + ": " + j.getName(), j.getName(), period, summary, formCounts,
                findingCounts, practices, officials, promises, byMonth, byFinding, rows.size(), moneyYears, storyLines,
                outcomes, usable, from, to);
    }

    /** "$365,500.00 of a jail budget of $39,200,000.00 (0.9%)", or whichever of the figures is known. */
    private static String moneyText(MoneyPicture.Year y, java.text.NumberFormat dollars, Locale locale, ResourceBundle l) {
        if (y.scaapReceived() == null) {
            return java.text.MessageFormat.format(l.getString("evidence.budgetOnly"), dollars.format(y.jailBudget()));
        }
        if (y.jailBudget() == null) {
            return dollars.format(y.scaapReceived());
        }
        return java.text.MessageFormat.format(l.getString("evidence.scaapOfBudget"), dollars.format(y.scaapReceived()),
                dollars.format(y.jailBudget()), oneDecimal(locale).format(y.scaapShare()));
    }

    private static java.text.NumberFormat oneDecimal(Locale locale) {
        java.text.NumberFormat share = java.text.NumberFormat.getNumberInstance(locale);
        share.setMinimumFractionDigits(1);
        share.setMaximumFractionDigits(1);
        return share;
    }

    /**
     * The promises made at the campaign's meetings, by the month of the meeting and the office met, in words; the
     * organisers' own wording of a promise and who attended stay out.
     */
    private List<PromiseLine> promises(Jurisdiction j, List<AuthorityView> officials, Locale locale, LocalDate today) {
        Map<Long, AuthorityView> byId = officials.stream().collect(Collectors.toMap(AuthorityView::id, a -> a));
        return campaigns.allOfJurisdiction(j).stream().flatMap(c -> campaigns.meetings(c.getId()).stream())
                .sorted(Comparator.comparing(Meeting::getHeldOn))
                .flatMap(m -> m.getPromises().stream().map(p -> {
                    AuthorityView met = m.getAuthorityId() == null ? null : byId.get(m.getAuthorityId());
                    return new PromiseLine(YearMonth.from(m.getHeldOn()).toString(), met == null ? null : Labels.of(met.office(), locale),
                            Labels.of(p.getKind(), locale), p.getDueOn(), Labels.of(p.getState(), locale), p.getSettledOn(),
                            p.overdue(today));
                })).toList();
    }
}
