package org.amparo.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.cases.domain.CaseFinding;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.reference.domain.Facility;
import org.amparo.cases.application.CaseScreeningReport.DetainerReport;
import org.amparo.cases.application.CaseScreeningReport.FindingReport;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.Charge;
import org.amparo.rules.Reason;
import org.amparo.rules.Screening;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.ScreeningResult;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.rules.detainer.DetainerScreen;
import org.amparo.rules.detainer.PolicyLayer;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.priority.RuleSetPeriod;
import org.amparo.security.domain.Roles;

/**
 * Screening of a case file with the same rules as the screening API. Results are stored on the case whenever its
 * facts change, so lists can filter and sort by priority, finding and hold expiry.
 */
@Stateless
public class CaseScreening {

    private static final Screening SCREENING = Screening.standard();

    @Inject
    DetentionCases cases;

    @Inject
    Arrests arrests;

    @Inject
    Clock clock;

    @Inject
    org.amparo.reference.domain.Jurisdictions jurisdictions;

    @Inject
    CaseAccess access;

    @Inject
    jakarta.enterprise.event.Event<CaseScreened> screenedEvent;

    /**
     * Screens the case from its current facts and stores the results. Called by every use case that changes the facts,
     * by the workflow's screening step and when a hold expires; it returns nothing, so it needs no role.
     */
    @PermitAll
    public void rescreen(long caseId) {
        // Locked: the hold watch and the hold's timer screen a case at its expiry within the same moment, and the second
        // must read the first's findings, not store them again (a failed timer job, retried after a wait, at the moment
        // the alert matters most).
        DetentionCase c = cases.requireLocked(caseId);
        Instant now = Instant.now(clock);
        Screened screened = screen(c, now);
        List<CaseFinding> findings = new ArrayList<>();
        Instant nextExpiry = null;
        for (Screened.Document doc : screened.documents()) {
            for (var f : doc.screen().findings()) {
                findings.add(new CaseFinding(f.finding(), truncate(f.reason().toString())));
            }
            if (!doc.detainer().isLifted() && doc.screen().holdExpiresAt() != null) {
                Instant expiry = doc.screen().holdExpiresAt().atZone(screened.zone()).toInstant();
                nextExpiry = nextExpiry == null || expiry.isBefore(nextExpiry) ? expiry : nextExpiry;
            }
        }
        ScreeningResult result = screened.result();
        c.recordScreening(result.priority().priority(), result.priority().ruleSet(), result.daca().result(),
                result.scaap().eligible(), nextExpiry, findings, now);
        screenedEvent.fire(new CaseScreened(caseId, c.getFacility() == null || c.getFacility().getJurisdiction() == null
                ? null : c.getFacility().getJurisdiction().getId()));
    }

    /** The screening panel of a case file, screened now and worded in the reader's language. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public CaseScreeningReport report(long caseId, Locale locale) {
        access.require(caseId);
        DetentionCase c = load(caseId);
        Screened screened = screen(c, Instant.now(clock));
        ScreeningResult r = screened.result();
        List<DetainerReport> documents = screened.documents().stream().map(doc -> {
            LocalDateTime expiry = doc.screen().holdExpiresAt();
            Detainer d = doc.detainer();
            LocalDate issuedOn = d.getIssuedAt() == null ? screened.asOf() : d.getIssuedAt().toLocalDate();
            return new DetainerReport(d.getId(), d.getForm().getCode(), d.getForm().getLabel(), d.getIssuedAt(),
                    d.isLifted(), d.getForm().isDetainer() && d.getForm().isAsksHold(), expiry,
                    expiry == null ? null : expiry.atZone(screened.zone()).toInstant(),
                    doc.screen().findings().stream()
                            .map(f -> new FindingReport(f.finding(), f.reason().text(locale))).toList(),
                    doc.screen().ruleSet(), explain(issuedOn, locale),
                    d.getAccompaniedBy() == null ? null : d.getAccompaniedBy().name());
        }).toList();
        boolean none = r.priority().priority() == EnforcementPriority.NO_PRIORITIES_IN_EFFECT;
        return new CaseScreeningReport(caseId, r.priority().ruleSet(), r.priority().priority(),
                texts(r.priority().reasons(), locale), r.daca().result(), texts(r.daca().reasons(), locale),
                r.scaap().eligible(), texts(r.scaap().reasons(), locale), documents, screened.zone().getId(),
                screened.asOf(), explain(screened.asOf(), locale),
                none ? Reason.of("ruleSet.noProtection").text(locale) : null);
    }

    /** The rule set in force on a day, its source and its dates, in the reader's language. */
    static String explain(LocalDate day, Locale locale) {
        RuleSetPeriod p = SCREENING.ruleSets().periodOn(day);
        String source = p.set().id() + ": " + Reason.of(p.set().sourceKey()).text(locale);
        return p.until() == null ? Reason.of("ruleSet.period.open", source, p.from()).text(locale)
                : Reason.of("ruleSet.period", source, p.from(), p.until()).text(locale);
    }

    private record Screened(ScreeningResult result, List<Document> documents, ZoneId zone, LocalDate asOf) {
        record Document(Detainer detainer, DetainerScreen screen) {
        }
    }

    private Screened screen(DetentionCase c, Instant now) {
        ZoneId zone = c.getFacility() == null ? ZoneOffset.UTC : c.getFacility().getTimeZone();
        LocalDateTime nowThere = LocalDateTime.ofInstant(now, zone);
        // A closed case keeps the screening of the day it closed: a rule set taking effect later does not judge it.
        LocalDate today = c.getStatus() == CaseStatus.CLOSED && c.getClosedAt() != null
                ? LocalDateTime.ofInstant(c.getClosedAt(), zone).toLocalDate() : nowThere.toLocalDate();
        List<Charge> charges = arrests.chargesOf(c.getPerson());
        ScreeningFacts facts = CaseFacts.of(c, charges, today);
        ScreeningResult result = SCREENING.screen(facts, zone);
        // The detainer policies in force at the facility judge the case's ICE documents only: a case without one needs
        // neither its jurisdiction nor its state's (two look-ups at each screening; issue 20, profiled).
        List<PolicyLayer> layers = c.getDetainers().isEmpty() ? List.of() : policyLayers(c.getFacility());
        List<Screened.Document> documents = c.getDetainers().stream()
                .sorted(Comparator.comparing(Detainer::getIssuedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> new Screened.Document(d, Objects.requireNonNull(SCREENING.screen(
                        new ScreeningFacts(today, facts.person(), facts.convictions(), facts.pendingCharges(),
                                facts.removalOrders(), CaseFacts.detainer(c, d, nowThere, layers)), zone).detainer())))
                .toList();
        return new Screened(result, documents, zone, today);
    }

    /** The facility's layers of detainer policy: its jurisdiction's and, below a state, its state's. */
    private List<PolicyLayer> policyLayers(Facility facility) {
        return facility == null || facility.getJurisdiction() == null ? List.of()
                : CaseFacts.policyLayers(facility, jurisdictions.statesOf(facility.getJurisdiction().getStateCode()));
    }

    private DetentionCase load(long caseId) {
        return cases.require(caseId);
    }

    private static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> r.text(locale)).toList();
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
