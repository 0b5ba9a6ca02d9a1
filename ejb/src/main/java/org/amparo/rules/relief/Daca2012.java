package org.amparo.rules.relief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * The 2012 DACA guidelines (DOMAIN.md section 4): arrived before the 16th birthday; born after 15 June 1981;
 * continuous residence since 15 June 2007; in school, graduated, GED or honourably discharged veteran; no felony,
 * no significant misdemeanor (the six categories, or more than 90 days to serve), not three or more other
 * misdemeanors (minor traffic aside); no national-security concern; no lawful status on 15 June 2012 (an LPR or a
 * citizen is not eligible; a current visa, TPS or DACA grant needs an attorney to establish the status on that day);
 * at least 15 years old when requesting unless in removal proceedings or under a removal order. The guidelines have
 * no aggravated-felony bar of their own: an aggravated felony that is a felony disqualifies as a felony.
 * (USCIS, "Consideration of Deferred Action for Childhood Arrivals", Secretary Napolitano's memo of 15 June 2012.)
 */
public final class Daca2012 {

    static final LocalDate BORN_AFTER = LocalDate.of(1981, 6, 15);
    static final LocalDate RESIDENT_SINCE = LocalDate.of(2007, 6, 15);
    static final int ARRIVED_BEFORE_AGE = 16;
    /** DACA's threshold is strict: more than 90 days (PEP's is 90 or more). */
    static final int SIGNIFICANT_CUSTODY_DAYS_OVER = 90;
    static final int OTHER_MISDEMEANORS_LIMIT = 3;
    static final int MINIMUM_REQUEST_AGE = 15;

    private final List<Reason> disqualifying = new ArrayList<>();
    private final List<Reason> missing = new ArrayList<>();

    private Daca2012() {
    }

    public static DacaScreen screen(ScreeningFacts facts) {
        Daca2012 screen = new Daca2012();
        screen.check(facts);
        if (!screen.disqualifying.isEmpty()) {
            return new DacaScreen(DacaResult.NOT_ELIGIBLE, screen.disqualifying);
        }
        if (!screen.missing.isEmpty()) {
            return new DacaScreen(DacaResult.UNKNOWN, screen.missing);
        }
        return new DacaScreen(DacaResult.POTENTIALLY_ELIGIBLE, List.of(Reason.of("daca.allMet")));
    }

    private void check(ScreeningFacts facts) {
        PersonFacts person = facts.person();
        LocalDate born = person.dateOfBirth();
        if (born == null) {
            missing.add(Reason.of("daca.missing.dateOfBirth"));
        } else if (!born.isAfter(BORN_AFTER)) {
            disqualifying.add(Reason.of("daca.bornTooEarly", born));
        }
        LocalDate arrived = person.firstEntry().orElse(null);
        if (arrived == null) {
            missing.add(Reason.of("daca.missing.entry"));
        } else if (born != null && !arrived.isBefore(born.plusYears(ARRIVED_BEFORE_AGE))) {
            disqualifying.add(Reason.of("daca.arrivedTooOld", arrived));
        }
        LocalDate residentSince = person.continuousResidenceSince();
        if (residentSince == null) {
            missing.add(Reason.of("daca.missing.residence"));
        } else if (residentSince.isAfter(RESIDENT_SINCE)) {
            disqualifying.add(Reason.of("daca.residenceTooShort", residentSince));
        }
        if (person.education() == null) {
            missing.add(Reason.of("daca.missing.education"));
        } else if (!person.education().meetsDacaGuideline()) {
            disqualifying.add(Reason.of("daca.education"));
        }
        if (person.nationalSecurityConcern() == null) {
            missing.add(Reason.of("daca.missing.nationalSecurity"));
        } else if (person.nationalSecurityConcern()) {
            disqualifying.add(Reason.of("daca.nationalSecurity"));
        }
        checkStatus(person.immigrationStatus());
        checkAge(facts);
        checkConvictions(facts);
    }

    /** No lawful status on 15 June 2012: an LPR or citizen never qualifies; a visa, TPS or DACA needs an attorney. */
    private void checkStatus(ImmigrationStatus status) {
        if (status == null || status == ImmigrationStatus.UNKNOWN) {
            missing.add(Reason.of("daca.missing.status"));
        } else if (status == ImmigrationStatus.LPR || status == ImmigrationStatus.CITIZEN) {
            disqualifying.add(Reason.of("daca.lawfulStatus", status));
        } else if (status == ImmigrationStatus.VISA || status == ImmigrationStatus.TPS || status == ImmigrationStatus.DACA) {
            missing.add(Reason.of("daca.statusForAttorney", status));
        }
    }

    /** At least 15 when requesting, unless in removal proceedings or under a removal order. */
    private void checkAge(ScreeningFacts facts) {
        LocalDate born = facts.person().dateOfBirth();
        if (born == null || !facts.asOf().isBefore(born.plusYears(MINIMUM_REQUEST_AGE))) {
            return;
        }
        boolean underOrder = facts.removalOrders().stream().anyMatch(o -> o.date() == null || !o.date().isAfter(facts.asOf()));
        Boolean proceedings = facts.person().inRemovalProceedings();
        if (Boolean.TRUE.equals(proceedings) || underOrder) {
            return;
        }
        LocalDate fifteen = born.plusYears(MINIMUM_REQUEST_AGE);
        if (proceedings == null) {
            missing.add(Reason.of("daca.missing.proceedings", fifteen));
        } else {
            disqualifying.add(Reason.of("daca.tooYoung", fifteen));
        }
    }

    private void checkConvictions(ScreeningFacts facts) {
        CriminalRecord record = CriminalRecord.on(facts, facts.asOf());
        List<Numbered> otherMisdemeanors = new ArrayList<>();
        for (Numbered n : record.convictions()) {
            ConvictionFact c = n.conviction();
            if (c.level() == null) {
                missing.add(Reason.of("daca.missing.level", n));
            } else if (c.isFelony()) {
                disqualifying.add(Reason.of("daca.felony", n));
            } else if (c.isMisdemeanor()) {
                Integer days = c.custodyDaysToServe();
                if (record.isSignificantCategory(c)) {
                    disqualifying.add(Reason.of("daca.significantMisdemeanor", n, c.category()));
                } else if (days != null && days > SIGNIFICANT_CUSTODY_DAYS_OVER) {
                    disqualifying.add(Reason.of("daca.misdemeanorCustody", n, days));
                } else {
                    if (c.category() == null) {
                        missing.add(Reason.of("daca.missing.category", n));
                    }
                    if (days == null) {
                        missing.add(Reason.of("daca.missing.sentence", n));
                    }
                    if (c.category() != OffenseCategory.MINOR_TRAFFIC) {
                        otherMisdemeanors.add(n);
                    }
                }
            }
        }
        Map<String, List<Numbered>> incidents = CriminalRecord.byIncident(otherMisdemeanors);
        if (incidents.size() >= OTHER_MISDEMEANORS_LIMIT) {
            disqualifying.add(Reason.of("daca.threeMisdemeanors", CriminalRecord.indexes(otherMisdemeanors),
                    incidents.size()));
        }
    }
}
